package dev.newsgraph.store.export;

import dev.newsgraph.store.Store;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Parquet files readable by DuckDB, pandas (pyarrow) and Spark: the tables of
 * {@link ExportTables} are written as CSV to a scratch folder, then DuckDB (in memory, no
 * server) reads each with its declared column types and writes it as Parquet (ZSTD). To a path
 * ending in {@code .parquet}: the events table alone; else a folder of {@code <table>.parquet}.
 */
public final class ParquetExport {
    private ParquetExport() {
    }

    public static List<Path> write(Store store, Path out) throws IOException {
        boolean single = out.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".parquet");
        Path dir = single ? out.toAbsolutePath().getParent() : out;
        Files.createDirectories(dir);
        List<String> tables = single ? List.of("events") : ExportTables.NAMES;
        Path scratch = Files.createTempDirectory(dir, ".newsgraph-export");
        List<Path> written = new ArrayList<>();
        try {
            // the scratch CSV is read by DuckDB alone: text kept exactly
            CsvExport.FolderSink csv = new CsvExport.FolderSink(scratch, null, false);
            ExportTables.write(store, csv, tables);
            try (Connection duck = DriverManager.getConnection("jdbc:duckdb:"); Statement st = duck.createStatement()) {
                // an in-memory DuckDB spills to ./.tmp by default: into the scratch folder instead, nothing outside --out
                st.execute("SET temp_directory = " + literal(scratch.resolve("duckdb.tmp")));
                for (String table : tables) {
                    Path target = single ? out : dir.resolve(table + ".parquet");
                    st.execute("COPY (SELECT * FROM read_csv(" + literal(scratch.resolve(table + ".csv"))
                            + ", header = true, quote = '\"', escape = '\"', delim = ',', columns = "
                            + columns(ExportTables.columns(table)) + ")) TO " + literal(target)
                            + " (FORMAT parquet, COMPRESSION zstd)");
                    written.add(target);
                }
            } catch (SQLException e) {
                throw new IOException("cannot write Parquet (" + e.getMessage() + ")", e);
            }
        } finally {
            try (Stream<Path> files = Files.walk(scratch)) {
                for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            }
        }
        return written;
    }

    private static String columns(List<Column> columns) {
        return columns.stream().map(c -> literal(c.name()) + ": " + literal(c.type()))
                .collect(Collectors.joining(", ", "{", "}"));
    }

    private static String literal(Object s) {
        return "'" + s.toString().replace("'", "''") + "'";
    }
}
