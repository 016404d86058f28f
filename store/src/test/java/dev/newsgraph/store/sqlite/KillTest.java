package dev.newsgraph.store.sqlite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsgraph.store.FillStore;
import dev.newsgraph.store.Store;
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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A child JVM writing the store is killed with SIGKILL at random moments, 20 times (this
 * process reading the store while the child writes, just before each kill); after
 * each kill the file is intact and every stored article is whole, and a last run completes the
 * set with every article stored exactly once.
 */
class KillTest {
    private static final int ARTICLES = 3000;
    private static final int KILLS = 20;

    @TempDir
    Path dir;

    @Test
    void killedWriterLeavesNoHalfArticleAndResumingStoresEachArticleOnce() throws Exception {
        Random random = new Random(7);
        List<Long> countsAtKill = new ArrayList<>();
        for (int k = 0; k < KILLS; k++) {
            Process child = start();
            long wait = 600 + random.nextInt(900);
            if (child.waitFor(wait, TimeUnit.MILLISECONDS)) {
                break;
            }
            if (Files.exists(dir.resolve(SqliteStore.FILE))) {
                try (Store reader = Store.open(dir.toString(), false)) {
                    assertTrue(reader.articleCount() >= 0, "another process reads while the child writes");
                }
            }
            child.destroyForcibly().waitFor();
            countsAtKill.add(check());
        }
        System.out.println("articles stored at each kill: " + countsAtKill);
        Process last = start();
        assertTrue(last.waitFor(5, TimeUnit.MINUTES), "the resumed run finished");
        assertEquals(0, last.exitValue(), new String(last.getErrorStream().readAllBytes()));
        assertEquals(ARTICLES, check());
        try (Store store = Store.open(dir.toString(), false)) {
            for (int i = 0; i < ARTICLES; i++) {
                assertTrue(store.contains(FillStore.record(i).article().id()), "article " + i);
            }
        }
        assertTrue(countsAtKill.size() >= 15, "killed mid-way at least 15 times: " + countsAtKill);
    }

    private Process start() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), FillStore.class.getName(),
                dir.toString(), String.valueOf(ARTICLES)).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    }

    /** Checks the file and every article's rows; returns the number of articles. */
    private long check() throws Exception {
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
