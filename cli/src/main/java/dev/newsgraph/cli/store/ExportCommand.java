package dev.newsgraph.cli.store;

import dev.newsgraph.cli.ExitCodes;
import dev.newsgraph.store.Store;
import dev.newsgraph.store.StoreException;
import dev.newsgraph.store.export.CsvExport;
import dev.newsgraph.store.export.GdeltExport;
import dev.newsgraph.store.export.JsonLinesExport;
import dev.newsgraph.store.export.ParquetExport;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code export}: the store for other tools. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Write the store for other tools:",
                "  jsonl    every record, one per line (--out - for standard output)",
                "  csv      a folder of tables (articles, actors, events, reports, quotes), or events alone to a .csv path",
                "  parquet  the same tables as Parquet (DuckDB, pandas, Spark), or events alone to a .parquet path",
                "  gdelt    a GDELT 2.0 style event table, tab-separated, PLOVER types for CAMEO codes"})
public final class ExportCommand implements Callable<Integer> {
    /** The export formats. */
    enum Format { jsonl, csv, parquet, gdelt }

    @Mixin
    StoreOptions storeOptions = new StoreOptions();

    @Option(names = "--format", required = true, description = "jsonl, csv, parquet or gdelt.")
    Format format;

    @Option(names = "--out", required = true, paramLabel = "PATH", description = "Where to write (a file or a folder).")
    String out;

    @Override
    public Integer call() {
        try (Store store = storeOptions.open(false)) {
            String what;
            switch (format) {
                case jsonl -> {
                    long n;
                    if (out.equals("-")) {
                        Writer w = new OutputStreamWriter(System.out, StandardCharsets.UTF_8);
                        n = JsonLinesExport.write(store, w);
                    } else {
                        n = JsonLinesExport.write(store, Path.of(out));
                    }
                    what = n + " records";
                }
                case csv -> what = files(CsvExport.write(store, Path.of(out)));
                case parquet -> what = files(ParquetExport.write(store, Path.of(out)));
                case gdelt -> what = GdeltExport.create().write(store, Path.of(out)) + " events";
                default -> throw new IllegalStateException();
            }
            System.err.println("newsgraph: exported " + what + (out.equals("-") ? "" : " to " + out));
            return ExitCodes.DONE;
        } catch (StoreException e) {
            return StoreOptions.failed(e);
        } catch (IOException e) {
            System.err.println("newsgraph: " + out + ": cannot write (" + e.getMessage() + ")");
            return ExitCodes.FAILED;
        }
    }

    private static String files(List<Path> files) {
        return files.size() == 1 ? files.get(0).getFileName().toString()
                : files.size() + " tables (" + String.join(", ", files.stream().map(p -> p.getFileName().toString()).toList()) + ")";
    }
}
