package dev.newsgraph.store.export;

import dev.newsgraph.model.RecordCodec;
import dev.newsgraph.store.Store;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Every stored record, whole ({@code newsgraph/1}), one JSON object a line, in the order stored. */
public final class JsonLinesExport {
    private JsonLinesExport() {
    }

    /** Writes the records to {@code out}; returns how many. */
    public static long write(Store store, Path out) throws IOException {
        Path parent = out.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        try (BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            return write(store, w);
        }
    }

    /** Writes the records to a writer (standard output, for {@code --out -}); returns how many. */
    public static long write(Store store, Writer w) throws IOException {
        long[] n = {0};
        try {
            store.records(r -> {
                try {
                    w.write(RecordCodec.toJson(r));
                    w.write('\n');
                    n[0]++;
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        w.flush();
        return n[0];
    }
}
