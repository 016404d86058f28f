package dev.newsgraph.store.sqlite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsgraph.store.FillStore;
import dev.newsgraph.store.Store;
import java.io.BufferedReader;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A child JVM writing the store is killed with SIGKILL again and again. It is killed once it has
 * reported a number of commits drawn at random, not after a time, so that every kill interrupts a
 * writer in full flow however fast or slow the machine, and the runs together stay short of the
 * whole set. After each kill: the file is intact, every article the child reported committed is
 * there, every stored article is whole, the tallies agree with the rows they count, and the next
 * run resumes at the first article not stored; this process reads the store while the child
 * writes. A last run completes the set with every article stored exactly once.
 */
class KillTest {
    private static final int ARTICLES = 2000;
    private static final int KILLS = 12;
    /** The fewest and most commits a run reports before it is killed: {@code KILLS * MOST} stays below {@code ARTICLES}. */
    private static final int FEWEST = 20;
    private static final int MOST = 150;

    @TempDir
    Path dir;

    /** The children started, so that none outlives a failed test. */
    private final List<Process> children = new ArrayList<>();

    @AfterEach
    void killChildren() throws InterruptedException {
        for (Process child : children) {
            child.destroyForcibly().waitFor();
        }
    }

    @Test
    @Timeout(value = 10, unit = TimeUnit.MINUTES, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void killedWriterLeavesNoHalfArticleAndResumingStoresEachArticleOnce() throws Exception {
        Random random = new Random(7);
        Path store = dir.resolve("store");
        long stored = 0;
        List<String> kills = new ArrayList<>();
        for (int k = 0; k < KILLS; k++) {
            int commits = FEWEST + random.nextInt(MOST - FEWEST + 1);
            Path err = dir.resolve("run-" + k + ".err");
            Process child = start(store, err);
            BufferedReader out = child.inputReader();
            long first = -1;
            long last = -1;
            for (int seen = 0; seen < commits; seen++) {
                String line = out.readLine();
                assertNotNull(line, "run " + k + " ended after " + seen + " commits: " + Files.readString(err));
                last = Long.parseLong(line.strip());
                first = first < 0 ? last : first;
            }
            assertEquals(stored, first, "run " + k + " resumed at the first article not stored");
            try (Store reader = Store.open(store.toString(), false)) {
                assertTrue(reader.articleCount() > last, "another process reads every commit while the child writes");
            }
            // a few milliseconds more, so that the kills land at different points of a commit
            Thread.sleep(random.nextInt(4));
            assertTrue(child.isAlive(), "run " + k + " was still writing (it had articles left)");
            child.destroyForcibly().waitFor();
            assertNotEquals(0, child.exitValue(), "run " + k + " was killed, not finished");
            stored = check(store);
            assertTrue(stored > last, "every commit reported before the kill survives it: " + stored + " after " + last);
            kills.add(commits + " commits reported, " + stored + " articles stored");
        }
        System.out.println("at each kill: " + String.join("; ", kills));
        Process resumed = start(store, dir.resolve("last.err"));
        String line = resumed.inputReader().readLine();
        assertNotNull(line, Files.readString(dir.resolve("last.err")));
        assertEquals(stored, Long.parseLong(line.strip()), "the last run resumed at the first article not stored");
        resumed.getInputStream().transferTo(OutputStream.nullOutputStream());
        assertTrue(resumed.waitFor(5, TimeUnit.MINUTES), "the resumed run finished");
        assertEquals(0, resumed.exitValue(), Files.readString(dir.resolve("last.err")));
        assertEquals(ARTICLES, check(store));
        try (Store s = Store.open(store.toString(), false)) {
            for (int i = 0; i < ARTICLES; i++) {
                assertTrue(s.contains(FillStore.record(i).article().id()), "article " + i);
            }
        }
    }

    private Process start(Path store, Path err) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), FillStore.class.getName(),
                store.toString(), String.valueOf(ARTICLES)).redirectError(err.toFile()).start();
        children.add(child);
        return child;
    }

    /** Checks the file and every article's rows; returns the number of articles. */
    private static long check(Path dir) throws Exception {
        Path file = dir.resolve(SqliteStore.FILE);
        if (!Files.exists(file)) {
            return 0;
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = c.createStatement()) {
            try (ResultSet rs = st.executeQuery("PRAGMA integrity_check")) {
                rs.next();
                assertEquals("ok", rs.getString(1));
            }
            if (!hasTable(st)) {
                return 0;
            }
            st.execute("INSERT INTO articles_fts(articles_fts) VALUES ('integrity-check')");
            try (ResultSet rs = st.executeQuery("SELECT count(*) FROM articles a WHERE"
                    + " a.n_entities != (SELECT count(*) FROM entities e WHERE e.seq = a.seq)"
                    + " OR a.n_events != (SELECT count(*) FROM reports r WHERE r.seq = a.seq)"
                    + " OR a.n_quotes != (SELECT count(*) FROM quotes q WHERE q.seq = a.seq)")) {
                rs.next();
                assertEquals(0, rs.getLong(1), "articles with missing rows");
            }
            // the tallies written in the same transactions agree with the rows they count
            try (ResultSet rs = st.executeQuery("SELECT (SELECT COALESCE(SUM(events), 0) FROM actor_pairs),"
                    + " (SELECT COALESCE(SUM(events), 0) FROM actor_edges), (SELECT COALESCE(SUM(entities), 0) FROM actor_days),"
                    + " (SELECT count(*) FROM entities e JOIN articles a ON a.seq = e.seq WHERE a.day IS NOT NULL),"
                    + " (SELECT count(*) FROM event_actors x JOIN events ev ON ev.id = x.event WHERE x.day IS NOT ev.day)")) {
                rs.next();
                assertEquals(rs.getLong(2), rs.getLong(1), "pair totals against typed edges");
                assertEquals(rs.getLong(4), rs.getLong(3), "entities per actor and day against entity rows");
                assertEquals(0, rs.getLong(5), "event days beside their actors");
            }
            try (ResultSet rs = st.executeQuery("SELECT count(*), count(DISTINCT id) FROM articles")) {
                rs.next();
                assertEquals(rs.getLong(1), rs.getLong(2));
                return rs.getLong(1);
            }
        }
    }

    private static boolean hasTable(Statement st) throws Exception {
        try (ResultSet rs = st.executeQuery("SELECT 1 FROM sqlite_master WHERE name = 'meta'")) {
            return rs.next();
        }
    }
}
