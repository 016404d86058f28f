package dev.newsgraph.collect;

import dev.newsgraph.collect.http.LoopbackSite;
import dev.newsgraph.collect.http.PoliteFetcher;
import dev.newsgraph.collect.http.Politeness;
import dev.newsgraph.model.Provenance;
import dev.newsgraph.model.StoryRecord;
import dev.newsgraph.reading.InputReader;
import dev.newsgraph.store.Store;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Not a unit test (skipped unless {@code -Dnewsgraph.bench.watch=HOSTS,FEEDS,ITEMS,DELAY_MS,ROUNDS}):
 * FEEDS feeds of ITEMS items each, spread over HOSTS loopback servers, watched into a new SQLite
 * store with the article-only analysis. Prints the first round's time against the politeness
 * bound (the most requests one host gets, times the delay) and the process's CPU time, then the
 * heap in use after a full GC over ROUNDS further rounds of conditional requests (all 304).
 */
class WatchBenchmark {
    @Test
    void run() throws Exception {
        String spec = System.getProperty("newsgraph.bench.watch");
        Assumptions.assumeTrue(spec != null && !spec.isBlank(), "a benchmark: -Dnewsgraph.bench.watch=20,200,50,100,1000");
        String[] p = spec.split(",");
        int hosts = Integer.parseInt(p[0]);
        int feeds = Integer.parseInt(p[1]);
        int items = Integer.parseInt(p[2]);
        long delayMs = Long.parseLong(p[3]);
        int rounds = Integer.parseInt(p[4]);
        List<LoopbackSite> sites = new ArrayList<>();
        List<String> sources = new ArrayList<>();
        for (int h = 0; h < hosts; h++) {
            sites.add(new LoopbackSite());
        }
        for (int f = 0; f < feeds; f++) {
            LoopbackSite site = sites.get(f % hosts);
            StringBuilder feed = new StringBuilder("<rss version=\"2.0\"><channel><title>feed " + f + "</title>");
            for (int i = 0; i < items; i++) {
                String name = "f" + f + "i" + i;
                feed.append("<item><title>").append(name).append("</title><link>").append(site.url("/news/" + name))
                        .append("</link></item>");
                String page = WatcherTest.page(name);
                site.page("/news/" + name, x -> LoopbackSite.send(x, 200, "text/html", page));
            }
            String body = feed.append("</channel></rss>").toString();
            site.page("/feed" + f + ".xml", x -> {
                if ("\"1\"".equals(x.getRequestHeaders().getFirst("If-None-Match"))) {
                    LoopbackSite.send(x, 304, null, new byte[0]);
                } else {
                    x.getResponseHeaders().set("ETag", "\"1\"");
                    LoopbackSite.send(x, 200, "application/rss+xml", body);
                }
            });
            sources.add(site.url("/feed" + f + ".xml"));
        }
        Path dir = Files.createTempDirectory("watch-bench");
        com.sun.management.OperatingSystemMXBean os =
                (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        try (Store store = Store.open(dir.toString(), true)) {
            Provenance prov = new Provenance("0.1.0", List.of(), Map.of());
            Politeness polite = Politeness.defaults("newsgraph/bench").withHostDelay(Duration.ofMillis(delayMs));
            long cpu0 = os.getProcessCpuTime();
            RoundReport first = new Watcher(store, new PoliteFetcher(polite), new InputReader(),
                    a -> StoryRecord.of(a, prov), 32, System.err::println).round(sources);
            long cpu = (os.getProcessCpuTime() - cpu0) / 1_000_000;
            sites.forEach(s -> s.requests.clear());
            int perHost = (feeds * (items + 1) + hosts - 1) / hosts + 1; // pages, feeds and robots.txt of the busiest host
            System.out.printf("round 1: %s%n  politeness bound %.1fs (%d requests on the busiest host x %d ms);"
                            + " process CPU %.1fs on %d cores; %.0f articles/s%n", first.line(1),
                    (perHost - 1) * delayMs / 1000.0, perHost, delayMs, cpu / 1000.0,
                    Runtime.getRuntime().availableProcessors(), first.stored() / (first.took().toMillis() / 1000.0));
            Watcher quiet = new Watcher(store, new PoliteFetcher(polite.withHostDelay(Duration.ZERO)), new InputReader(),
                    a -> StoryRecord.of(a, prov), 32, System.err::println);
            long t0 = System.nanoTime();
            for (int r = 1; r <= rounds; r++) {
                RoundReport rr = quiet.round(sources);
                sites.forEach(s -> s.requests.clear()); // the test servers' own log of requests is not the watcher's memory
                if (rr.notModified() != feeds) {
                    throw new AssertionError("round " + r + ": " + rr.line(r));
                }
                if (r == 10 || r % Math.max(1, rounds / 5) == 0) {
                    System.gc();
                    Runtime rt = Runtime.getRuntime();
                    System.out.printf("after %d rounds of 304s: heap in use %.1f MB, %.1f ms a round%n", r,
                            (rt.totalMemory() - rt.freeMemory()) / 1e6, (System.nanoTime() - t0) / 1e6 / r);
                }
            }
        } finally {
            sites.forEach(LoopbackSite::close);
        }
    }
}
