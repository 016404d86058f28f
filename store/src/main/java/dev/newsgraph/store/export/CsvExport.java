package dev.newsgraph.store.export;

import dev.newsgraph.store.Store;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * CSV with a header row, UTF-8. To a path ending in {@code .csv}: the events table alone (one
 * merged event a row). To any other path: a folder of the five tables of {@link ExportTables}.
 * Text a spreadsheet would run as a formula is written as text ({@link CsvWriter}).
 */
public final class CsvExport {
    private CsvExport() {
    }

    /** Writes the export; returns the files written. */
    public static List<Path> write(Store store, Path out) throws IOException {
        boolean single = out.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".csv");
        Path dir = single ? out.toAbsolutePath().getParent() : out;
        Files.createDirectories(dir);
        List<String> tables = single ? List.of("events") : ExportTables.NAMES;
        FolderSink sink = new FolderSink(dir, single ? out : null, true);
        ExportTables.write(store, sink, tables);
        return sink.written;
    }

    /** Writes each table to {@code <table>.csv} in a folder (or one table to a given file). */
    static final class FolderSink implements TableSink {
        private final Path dir;
        private final Path only;
        final List<Path> written = new java.util.ArrayList<>();
        private final boolean forSpreadsheets;
        private PrintWriter out;
        private CsvWriter csv;

        /** @param forSpreadsheets whether text that reads as a formula is neutralised ({@link CsvWriter}) */
        FolderSink(Path dir, Path only, boolean forSpreadsheets) {
            this.dir = dir;
            this.only = only;
            this.forSpreadsheets = forSpreadsheets;
        }

        @Override
        public void begin(String table, List<Column> columns) throws IOException {
            Path file = only != null ? only : dir.resolve(table + ".csv");
            out = new PrintWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8));
            csv = new CsvWriter(out, forSpreadsheets);
            csv.row(columns.stream().map(Column::name).toList());
            written.add(file);
        }

        @Override
        public void row(List<Object> values) {
            csv.row(values);
        }

        @Override
        public void end() throws IOException {
            out.close();
            if (out.checkError()) {
                throw new IOException("cannot write " + written.get(written.size() - 1));
            }
        }
    }
}
