package dev.newsgraph.store.postgres;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsgraph.store.NewsFixtures;
import dev.newsgraph.store.NotAStoreException;
import dev.newsgraph.store.Store;
import dev.newsgraph.store.StoreContractTest;
import dev.newsgraph.store.StoreException;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The store contract on a real PostgreSQL server (binaries from Maven Central, started by the
 * test in a temporary folder), a new database per test, the schema migrated by Flyway.
 */
class PostgresStoreTest extends StoreContractTest {
    private static EmbeddedPostgres server;
    private static final AtomicInteger DATABASES = new AtomicInteger();

    @BeforeAll
    static void start() throws Exception {
        server = EmbeddedPostgres.builder().start();
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
    }

    private static String createDatabase() {
        String name = "store" + DATABASES.incrementAndGet();
        try (Connection c = server.getPostgresDatabase().getConnection(); Statement st = c.createStatement()) {
            st.execute("CREATE DATABASE " + name);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return "postgresql://postgres:secret@localhost:" + server.getPort() + "/" + name;
    }

    @Override
    protected Store fresh() {
        return Store.open(createDatabase(), true);
    }

    @Test
    void schemaIsVersionedByFlywayAndReopeningMigratesNothing() throws Exception {
        String url = createDatabase();
        Store.open(url, true).close();
        try (Store again = Store.open(url, false)) {
            assertEquals(0, again.articleCount());
        }
        String db = url.substring(url.lastIndexOf('/') + 1);
        try (Connection c = server.getDatabase("postgres", db).getConnection(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT version, success FROM flyway_schema_history WHERE version IS NOT NULL")) {
            assertTrue(rs.next());
            assertEquals("1", rs.getString(1));
            assertTrue(rs.getBoolean(2));
        }
    }

    @Test
    void theCirclesBoxIsReadFromTheGistIndexOfPoints() throws Exception {
        String url = createDatabase();
        try (Store store = Store.open(url, true)) {
            for (var r : NewsFixtures.located()) {
                store.put(r);
            }
        }
        String db = url.substring(url.lastIndexOf('/') + 1);
        String box = new PostgresDialect().eventInBoxSql()
                .replaceFirst("\\?", "29").replaceFirst("\\?", "49").replaceFirst("\\?", "31").replaceFirst("\\?", "51");
        StringBuilder plan = new StringBuilder();
        try (Connection c = server.getDatabase("postgres", db).getConnection(); Statement st = c.createStatement()) {
            st.execute("SET enable_seqscan = off"); // a table of three events: only whether the index can serve is asked
            try (ResultSet rs = st.executeQuery("EXPLAIN SELECT ev.id FROM events ev WHERE " + box)) {
                while (rs.next()) {
                    plan.append(rs.getString(1)).append('\n');
                }
            }
        }
        assertTrue(plan.toString().contains("events_point"), plan.toString());
    }

    @Test
    void anEmptyDatabaseIsNoStoreToQuery() {
        StoreException e = assertThrows(StoreException.class, () -> Store.open(createDatabase(), false));
        assertTrue(e.getMessage().contains("no store here"), e.getMessage());
        assertTrue(e.getMessage().contains("postgres:***@"), "the password is not shown: " + e.getMessage());
    }

    @Test
    void aDatabaseOfOtherTablesIsRefusedForReadingAndWritingAndLeftAsItWas() throws Exception {
        String url = createDatabase();
        String db = url.substring(url.lastIndexOf('/') + 1);
        try (Connection c = server.getDatabase("postgres", db).getConnection(); Statement st = c.createStatement()) {
            st.execute("CREATE TABLE invoices(id INT, amount NUMERIC)");
        }
        for (boolean create : new boolean[] {false, true}) {
            NotAStoreException e = assertThrows(NotAStoreException.class, () -> Store.open(url, create));
            assertTrue(e.getMessage().contains("not a newsgraph store"), e.getMessage());
            assertTrue(e.getMessage().contains("postgres:***@"), e.getMessage());
        }
        try (Connection c = server.getDatabase("postgres", db).getConnection(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT count(*) FROM pg_tables WHERE schemaname = 'public'")) {
            assertTrue(rs.next());
            assertEquals(1, rs.getInt(1), "no table was added");
        }
    }

    @Test
    void aStoreOpenedForQueriesCannotBeWrittenThrough() {
        String url = createDatabase();
        Store.open(url, true).close();
        try (Store reader = Store.open(url, false)) {
            StoreException e = assertThrows(StoreException.class, () -> reader.put(NewsFixtures.meeting()));
            assertTrue(e.getMessage().contains("read-only"), e.getMessage());
            assertEquals(0, reader.articleCount());
        }
    }
}
