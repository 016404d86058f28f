package dev.newsgraph.analysis.place;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;

/**
 * Writes the compact gazetteer ({@code gazetteer.bin}) beside the TSV in the classes' directory at build time
 * (analysis/pom.xml, process-classes): the TSV read as {@link Gazetteer#read} reads it, written as
 * {@link Gazetteer#readCompact} reads it. Made anew at every build (about a second): its format follows the code.
 */
public final class GazetteerFile {
    private GazetteerFile() {
    }

    /** {@code args[0]}: the classes' directory. */
    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args[0], Gazetteer.class.getPackageName().replace('.', '/'));
        Path tsv = dir.resolve(Gazetteer.RESOURCE);
        Path bin = dir.resolve(Gazetteer.COMPACT);
        long start = System.nanoTime();
        Gazetteer g;
        try (InputStream in = new GZIPInputStream(Files.newInputStream(tsv), 1 << 16)) {
            g = Gazetteer.read(in);
        }
        Path tmp = dir.resolve(Gazetteer.COMPACT + ".tmp");
        try (OutputStream out = Files.newOutputStream(tmp)) {
            g.writeCompact(out);
        }
        Files.move(tmp, bin, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        System.out.printf("compact gazetteer %s: %,d bytes in %.1f s%n", bin.getFileName(), Files.size(bin),
                (System.nanoTime() - start) / 1e9);
    }
}
