package dev.newsgraph.analysis.data;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a data file: UTF-8 lines, blank lines and lines starting with {@code #} skipped, each
 * other line kept with its number so that a bad line can be reported as {@code file:line}.
 */
public final class DataFile {
    private DataFile() {
    }

    /** One content line of a data file. */
    public record Line(int number, String text) {
        /** The line's tab-separated fields, as written. */
        public String[] fields() {
            return text.split("\t");
        }
    }

    /** The content lines of {@code in}. */
    public static List<Line> read(InputStream in) throws IOException {
        List<Line> out = new ArrayList<>();
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        String line;
        int n = 0;
        while ((line = r.readLine()) != null) {
            n++;
            if (!line.isBlank() && !line.startsWith("#")) {
                out.add(new Line(n, line));
            }
        }
        return out;
    }

    /**
     * The content lines of a resource shipped with newsgraph, named as {@link Class#getResourceAsStream}
     * names it relative to {@code owner}.
     *
     * @throws IllegalStateException when the resource is missing from the build
     */
    public static List<Line> resource(Class<?> owner, String name) {
        try (InputStream in = owner.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing data file " + name);
            }
            return read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
