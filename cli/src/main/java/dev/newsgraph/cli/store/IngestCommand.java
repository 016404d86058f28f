package dev.newsgraph.cli.store;

import dev.newsgraph.cli.ExitCodes;
import dev.newsgraph.analysis.Analyzer;
import dev.newsgraph.collect.Watcher;
import dev.newsgraph.collect.http.NormalUrl;
import dev.newsgraph.collect.http.PoliteFetcher;
import dev.newsgraph.collect.http.Politeness;
import dev.newsgraph.model.Version;
import dev.newsgraph.reading.InputReader;
import dev.newsgraph.store.Store;
import dev.newsgraph.store.StoreException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code ingest}: analyse articles in parallel and store their records; resumable. */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = {"Analyse articles (files, folders, globs, - for standard input; text, JSON Lines, HTML, feeds,"
                + " WARC; http(s) URLs of pages, fetched politely) into the store.",
                "Articles already stored are skipped, so running it again resumes an interrupted ingest."})
public final class IngestCommand implements Callable<Integer> {
    @Mixin
    StoreOptions storeOptions = new StoreOptions();

    @Option(names = "--jobs", paramLabel = "N", description = "Analysis threads (default: the number of cores).")
    Integer jobs;

    @Option(names = "--published", paramLabel = "DATE",
            description = "ISO 8601 date for articles whose input carries none (the input's own date wins).")
    String published;

    @Parameters(arity = "1..*", paramLabel = "INPUT", description = "Files, folders (recursive), globs, - (standard input), or http(s) URLs of pages.")
    List<String> inputs;

    @Override
    public Integer call() throws InterruptedException {
        int threads = jobs == null ? Runtime.getRuntime().availableProcessors() : jobs;
        if (threads < 1) {
            System.err.println("newsgraph: --jobs must be at least 1");
            return ExitCodes.USAGE;
        }
        if (published != null && !Options.isIsoDate(published)) {
            System.err.println("newsgraph: --published: not an ISO 8601 date: " + published);
            return ExitCodes.USAGE;
        }
        List<String> problems = new ArrayList<>();
        // http(s) URLs are pages fetched as watch fetches an item; everything else is a file, folder or glob
        List<String> pages = inputs.stream().filter(IngestCommand::isUrl).toList();
        List<String> paths = inputs.stream().filter(i -> !isUrl(i)).toList();
        List<Path> files = new ArrayList<>(InputFiles.expand(paths, p -> {
            problems.add(p);
            System.err.println("newsgraph: " + p);
        }));
        String location = storeOptions.location();
        if (!location.contains("://")) {
            Path own = Path.of(location).toAbsolutePath().normalize();
            files.removeIf(f -> f != InputFiles.STDIN && f.toAbsolutePath().normalize().startsWith(own));
        }
        long t0 = System.nanoTime();
        Progress progress = new Progress(System.err, System.console() != null, IngestPipeline.estimate(files));
        IngestPipeline pipeline;
        try (Store store = storeOptions.open(true)) {
            pipeline = new IngestPipeline(store, Analyzer::shared, threads);
            try {
                pipeline.run(files, published, progress);
                if (!pages.isEmpty()) {
                    fetchPages(store, pages, progress);
                }
            } catch (StoreException e) {
                progress.finish();
                System.err.println("newsgraph: " + e.getMessage());
                System.err.println("newsgraph: ingest stopped; " + progress.stored.get()
                        + " articles were stored, run it again to resume");
                return ExitCodes.FAILED;
            } finally {
                progress.finish();
            }
            summarise(progress, pipeline.reasons(), store, Duration.ofNanos(System.nanoTime() - t0));
        } catch (StoreException e) {
            return StoreOptions.failed(e);
        }
        return progress.failed.get() > 0 || !problems.isEmpty() ? ExitCodes.BAD_INPUT : ExitCodes.DONE;
    }

    static boolean isUrl(String input) {
        String lower = input.toLowerCase(java.util.Locale.ROOT);
        return lower.startsWith("http://") || lower.startsWith("https://");
    }

    /** Each page fetched politely (robots.txt, a pause between requests to one host), read, analysed, stored once. */
    private static void fetchPages(Store store, List<String> pages, Progress progress) throws InterruptedException {
        Politeness politeness = Politeness.defaults(Politeness.userAgent(Version.current(), null));
        Watcher watcher = new Watcher(store, new PoliteFetcher(politeness), new InputReader(),
                a -> Analyzer.shared().analyze(a), 1, line -> progress.log("newsgraph: " + line));
        for (String page : pages) {
            var url = NormalUrl.of(page);
            if (url.isEmpty()) {
                progress.failed.incrementAndGet();
                progress.log("newsgraph: " + page + ": not an http(s) URL");
                continue;
            }
            switch (watcher.page(url.get())) {
                case STORED -> progress.stored.incrementAndGet();
                case ALREADY_STORED -> progress.duplicates.incrementAndGet();
                default -> progress.failed.incrementAndGet();
            }
            progress.tick(false);
        }
    }

    private static void summarise(Progress p, Map<String, Integer> reasons, Store store, Duration took) {
        System.err.printf("newsgraph: ingest done in %s: %,d stored, %,d skipped as duplicates, %,d failed"
                        + " (%s now holds %,d articles)%n", Progress.format(took), p.stored.get(), p.duplicates.get(),
                p.failed.get(), store.location(), store.articleCount());
        reasons.forEach((reason, n) -> System.err.printf("newsgraph:   failed %,d x %s%n", n, reason));
    }
}
