package dev.newsgraph.cli;

import dev.newsgraph.bench.BenchReport;
import dev.newsgraph.bench.BenchRun;
import dev.newsgraph.model.Article;
import dev.newsgraph.reading.BadInputException;
import dev.newsgraph.reading.InputReader;
import dev.newsgraph.reading.ReadResult;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code bench}: throughput, cold start and memory, and CoreNLP's default pipeline's in the same run. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Measure articles/s per core, cold start, peak heap and RSS and per-stage time on the inputs; "
                + "with --baseline corenlp also CoreNLP's default pipeline on the first of them, and the ratio.")
public final class BenchCommand implements Callable<Integer> {
    enum Baseline { corenlp }

    enum Format { table, json }

    @Option(names = "--baseline", paramLabel = "corenlp",
            description = "Also measure Stanford CoreNLP's default English pipeline (a JVM of its own, -Xmx3g).")
    Baseline baseline;

    @Option(names = "--format", defaultValue = "table", description = "table or json (default ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = "--warmup", defaultValue = "10", paramLabel = "N",
            description = "Articles analysed before timing starts (default ${DEFAULT-VALUE}).")
    int warmup;

    @Option(names = "--articles", defaultValue = "50", paramLabel = "N",
            description = "Articles timed, at most (default ${DEFAULT-VALUE}).")
    int articles;

    @Option(names = "--baseline-articles", defaultValue = "3", paramLabel = "N",
            description = "Articles the baseline times (about 11 s each; default ${DEFAULT-VALUE}).")
    int baselineArticles;

    @Option(names = "--no-cold-start", description = "Skip the cold-start measurement (a new JVM).")
    boolean noColdStart;

    @Parameters(arity = "1..*", paramLabel = "INPUT", description = "Article files or JSON Lines.")
    List<String> inputs;

    @Override
    public Integer call() throws Exception {
        if (warmup < 0 || articles < 1 || baselineArticles < 1) {
            System.err.println("newsgraph bench: --warmup must be 0 or more, --articles and --baseline-articles 1 or more");
            return ExitCodes.USAGE;
        }
        if (inputs.contains("-")) {
            System.err.println("newsgraph bench: reads files, not standard input");
            return ExitCodes.USAGE;
        }
        Inputs in = new Inputs();
        List<Article> read = new ArrayList<>();
        int wanted = warmup + articles;
        InputReader reader = new InputReader();
        long readNanos = -System.nanoTime();
        for (String input : inputs) {
            if (read.size() >= wanted) {
                break;
            }
            try (Stream<ReadResult> items = reader.read(Path.of(input), null)) {
                Iterator<ReadResult> it = items.iterator();
                while (read.size() < wanted && it.hasNext()) {
                    ReadResult r = it.next();
                    if (r.ok()) {
                        read.add(r.article());
                    } else {
                        in.report(r.origin() + ": " + r.error());
                    }
                }
            } catch (BadInputException e) {
                in.report(e.getMessage());
            } catch (java.io.UncheckedIOException e) {
                in.report(input + ": cannot be read (" + e.getCause().getMessage() + ")");
            }
        }
        readNanos += System.nanoTime();
        if (read.isEmpty()) {
            System.err.println("newsgraph bench: no article could be read from the inputs");
            return ExitCodes.BAD_INPUT;
        }
        Path first = noColdStart ? null : Path.of(inputs.get(0));
        // reading (charset, HTML extraction, cleaning) is timed over all articles read, the first of them cold
        BenchReport report = new BenchRun(warmup, articles, baseline != null, baselineArticles, first)
                .run(read, readNanos / 1e6 / read.size(), System.err);
        System.out.print(format == Format.json ? report.toJson() + "\n" : report.toTable());
        System.out.flush();
        return in.bad() > 0 ? ExitCodes.BAD_INPUT : ExitCodes.DONE;
    }
}
