package dev.newsgraph.collect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsgraph.collect.http.LoopbackSite;
import dev.newsgraph.store.SeenItem;
import dev.newsgraph.store.Store;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A child JVM watching a feed is killed with SIGKILL in the middle of a round, once some of the
 * feed's articles are stored; a second child finishes the round: every article is then stored,
 * and none twice.
 */
class WatchKillTest {
    private static final int ITEMS = 8;

    @TempDir
    Path dir;
    private final List<Process> children = new ArrayList<>();

    @AfterEach
    void killChildren() throws InterruptedException {
        for (Process child : children) {
            child.destroyForcibly().waitFor();
        }
    }

    @Test
    @Timeout(value = 3, unit = TimeUnit.MINUTES, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void killedInTheMiddleOfARoundThenRestartedLosesNothingAndStoresNothingTwice() throws Exception {
        try (LoopbackSite site = new LoopbackSite()) {
            StringBuilder feed = new StringBuilder("<rss version=\"2.0\"><channel><title>Loopback</title>");
            for (int i = 0; i < ITEMS; i++) {
                String name = "story" + (char) ('a' + i);
                feed.append("<item><title>").append(name).append("</title><link>").append(site.url("/news/" + name))
                        .append("</link></item>");
                site.page("/news/" + name, x -> {
                    try {
                        Thread.sleep(300); // slow enough for the kill to land in the middle of the round
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    LoopbackSite.send(x, 200, "text/html", WatcherTest.page(name));
                });
            }
            site.page("/feed.xml", "application/rss+xml", feed.append("</channel></rss>").toString());
            Path store = dir.resolve("store");

            Process first = start(store, site.url("/feed.xml"), "first");
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
            long stored = 0;
            while (stored < 2 && System.nanoTime() < deadline && first.isAlive()) {
                Thread.sleep(50);
                if (Files.exists(store.resolve("newsgraph.db"))) {
                    try (Store reader = Store.open(store.toString(), false)) {
                        stored = reader.articleCount();
                    } catch (RuntimeException schemaNotThereYet) {
                        stored = 0;
                    }
                }
            }
            assertTrue(first.isAlive(), "the first run was still going when killed");
            first.destroyForcibly().waitFor();
            try (Store reader = Store.open(store.toString(), false)) {
                stored = reader.articleCount();
            }
            assertTrue(stored >= 2 && stored < ITEMS, "killed in the middle: " + stored + " stored");

            Process second = start(store, site.url("/feed.xml"), "second");
            assertTrue(second.waitFor(90, TimeUnit.SECONDS), "the second run ended");
            assertEquals(0, second.exitValue(), Files.readString(dir.resolve("second.err")));
            try (Store reader = Store.open(store.toString(), false)) {
                assertEquals(ITEMS, reader.articleCount(), "every item stored once");
                List<String> ids = new ArrayList<>();
                reader.articles(a -> ids.add(a.id()));
                assertEquals(ITEMS, ids.stream().distinct().count());
                for (int i = 0; i < ITEMS; i++) {
                    String url = site.url("/news/story" + (char) ('a' + i));
                    assertEquals(SeenItem.State.STORED, reader.item(url).orElseThrow().state(), url);
                }
            }
        }
    }

    private Process start(Path store, String source, String name) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), WatchOnce.class.getName(),
                store.toString(), source)
                .redirectError(dir.resolve(name + ".err").toFile())
                .redirectOutput(dir.resolve(name + ".out").toFile())
                .start();
        children.add(p);
        return p;
    }
}
