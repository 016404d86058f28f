package dev.newsgraph.cli.store;

import dev.newsgraph.analysis.Analyzer;
import dev.newsgraph.cli.ExitCodes;
import dev.newsgraph.collect.RoundReport;
import dev.newsgraph.collect.Watcher;
import dev.newsgraph.collect.http.NormalUrl;
import dev.newsgraph.collect.http.PoliteFetcher;
import dev.newsgraph.collect.http.Politeness;
import dev.newsgraph.model.Version;
import dev.newsgraph.reading.InputReader;
import dev.newsgraph.store.Store;
import dev.newsgraph.store.StoreException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code watch}: follow feeds, news sitemaps and pages over HTTP into the store, round after round. */
@Command(name = "watch", mixinStandardHelpOptions = true,
        description = {"Follow RSS/Atom feeds, news sitemaps and pages over HTTP: every new item's page is fetched,"
                + " read, analysed and stored once.",
                "A round every --every until stopped (Ctrl-C or SIGTERM finish the article in hand), or one round"
                        + " with --once. Polite: robots.txt, one request at a time per host, conditional requests."})
public final class WatchCommand implements Callable<Integer> {
    /** Hosts worked on at once (each still gets one request at a time). */
    private static final int PARALLEL_HOSTS = 32;

    @Mixin
    StoreOptions storeOptions = new StoreOptions();

    @Option(names = "--once", description = "One round, then exit.")
    boolean once;

    @Option(names = "--every", paramLabel = "DURATION", defaultValue = "15m",
            description = "Time from the start of one round to the start of the next (default ${DEFAULT-VALUE}).")
    String every;

    @Option(names = "--sources", paramLabel = "FILE", description = "A file of source URLs, one a line; # starts a comment.")
    Path sourcesFile;

    @Option(names = "--host-delay", paramLabel = "DURATION", defaultValue = "2s",
            description = "Pause between two requests to one host (default ${DEFAULT-VALUE}; robots.txt may ask for more).")
    String hostDelay;

    @Option(names = "--contact", paramLabel = "URL", description = "Where site owners can reach you; added to the User-Agent.")
    String contact;

    @Option(names = "--max-page", paramLabel = "SIZE", defaultValue = "10MB",
            description = "Largest response accepted, e.g. 10MB or 512KB (default ${DEFAULT-VALUE}); a larger one is refused.")
    String maxPage;

    @Parameters(arity = "0..*", paramLabel = "URL", description = "Feeds, sitemaps or pages to follow.")
    List<String> urls = new ArrayList<>();

    @Override
    public Integer call() throws InterruptedException {
        Duration period = Options.duration(every);
        Duration delay = Options.duration(hostDelay);
        long cap = Options.size(maxPage);
        if (period == null || period.isZero() || delay == null) {
            System.err.println("newsgraph: --" + (period == null || period.isZero() ? "every" : "host-delay")
                    + ": not a DURATION (a number with a unit: 500ms, 2s, 15m, 1h): "
                    + (period == null || period.isZero() ? every : hostDelay));
            return ExitCodes.USAGE;
        }
        if (cap < 1) {
            System.err.println("newsgraph: --max-page: not a size (10MB, 512KB): " + maxPage);
            return ExitCodes.USAGE;
        }
        if (contact != null && NormalUrl.of(contact).isEmpty() && !contact.startsWith("mailto:")) {
            System.err.println("newsgraph: --contact: not an http(s) or mailto: URL: " + contact);
            return ExitCodes.USAGE;
        }
        boolean badInput = false;
        List<String> sources = new ArrayList<>();
        for (String u : urls) {
            badInput |= !addSource(sources, u, u);
        }
        if (sourcesFile != null) {
            List<String> lines;
            try {
                lines = Files.readAllLines(sourcesFile, StandardCharsets.UTF_8);
            } catch (IOException | java.io.UncheckedIOException e) {
                System.err.println("newsgraph: " + sourcesFile + ": cannot be read (" + e.getMessage() + ")");
                return ExitCodes.BAD_INPUT;
            }
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i).replaceFirst("#.*$", "").strip();
                if (!line.isEmpty()) {
                    badInput |= !addSource(sources, line, sourcesFile + ":" + (i + 1));
                }
            }
        }
        if (sources.isEmpty()) {
            System.err.println("newsgraph: watch needs at least one source URL (or --sources FILE)");
            System.err.println("Try 'newsgraph watch --help'.");
            return ExitCodes.USAGE;
        }
        Politeness politeness = Politeness.defaults(Politeness.userAgent(Version.current(), contact))
                .withHostDelay(delay).withMaxBytes(cap);
        CountDownLatch finished = new CountDownLatch(1);
        Watcher[] running = new Watcher[1];
        Thread stopper = new Thread(() -> {
            Watcher w = running[0];
            if (w != null) {
                w.stop();
                System.err.println("newsgraph: stopping after the article in hand");
            }
            try {
                finished.await(2, TimeUnit.MINUTES);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "newsgraph-stop");
        Runtime.getRuntime().addShutdownHook(stopper);
        RoundProgress progress = new RoundProgress(System.err, System.console() != null);
        try (Store store = storeOptions.open(true)) {
            Watcher watcher = new Watcher(store, new PoliteFetcher(politeness), new InputReader(),
                    a -> Analyzer.shared().analyze(a), PARALLEL_HOSTS, line -> progress.log("newsgraph: " + line));
            running[0] = watcher;
            for (int round = 1; ; round++) {
                long start = System.nanoTime();
                progress.begin(round, new java.util.LinkedHashSet<>(sources).size());
                RoundReport r = watcher.round(sources, progress::update);
                progress.log("newsgraph: " + r.line(round));
                badInput |= r.errors() > 0;
                if (once || watcher.stopping()) {
                    break;
                }
                long next = start + period.toNanos();
                while (!watcher.stopping() && System.nanoTime() - next < 0) {
                    Thread.sleep(Math.min(200, Math.max(1, (next - System.nanoTime()) / 1_000_000)));
                }
                if (watcher.stopping()) {
                    break;
                }
            }
        } catch (StoreException e) {
            return StoreOptions.failed(e);
        } finally {
            finished.countDown();
            try {
                Runtime.getRuntime().removeShutdownHook(stopper);
            } catch (IllegalStateException shuttingDown) {
                // the hook is running: it has just been let go
            }
        }
        return once && badInput ? ExitCodes.BAD_INPUT : ExitCodes.DONE;
    }

    private static boolean addSource(List<String> sources, String url, String where) {
        var normal = NormalUrl.of(url);
        if (normal.isEmpty()) {
            System.err.println("newsgraph: " + where + ": not an http(s) URL: " + url);
            return false;
        }
        sources.add(normal.get());
        return true;
    }
}
