package dev.newsgraph.store.sqlite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsgraph.model.EntityType;
import dev.newsgraph.model.EventType;
import dev.newsgraph.model.Geo;
import dev.newsgraph.store.ActorRow;
import dev.newsgraph.store.EdgeRow;
import dev.newsgraph.store.EventRow;
import dev.newsgraph.store.Near;
import dev.newsgraph.store.NewsFixtures;
import dev.newsgraph.store.QueryFilter;
import dev.newsgraph.store.TimelineRow;
import dev.newsgraph.store.Store;
import dev.newsgraph.store.StoreContractTest;
import dev.newsgraph.store.StoreException;
import dev.newsgraph.store.StoryRecords;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The store contract on SQLite files, and what is particular to the embedded store. */
class SqliteStoreTest extends StoreContractTest {
    @TempDir
    Path dir;
    private int stores;

    @Override
    protected Store fresh() {
        return Store.open(dir.resolve("store" + stores++).toString(), true);
    }

    @Test
    void storeSurvivesClosingAndReopening() {
        Store first = filled();
        String where = first.location();
        first.close();
        try (Store again = Store.open(where, false)) {
            assertEquals(7, again.articleCount());
        }
    }

    @Test
    void queryingAStoreThatDoesNotExistSaysSoAndCreatesNothing() {
        StoreException e = assertThrows(StoreException.class, () -> Store.open(dir.resolve("none").toString(), false));
        assertTrue(e.getMessage().contains("no store"), e.getMessage());
        assertFalse(dir.resolve("none").toFile().exists());
    }

    @Test
    void aSecondConnectionReadsWhileTheFirstHoldsTheStoreOpenForWriting() {
        try (Store writer = Store.open(dir.toString(), true)) {
            writer.put(NewsFixtures.meeting());
            try (Store reader = Store.open(dir.toString(), false)) {
                assertEquals(1, reader.articleCount());
                writer.put(NewsFixtures.strike());
                assertEquals(2, reader.articleCount());
            }
        }
    }

    @Test
    void aStoreOfSchemaVersion1IsMigratedAndAnswersAsANewOne() throws Exception {
        Store fresh = filled();
        String where = fresh.location();
        List<EventRow> events = collect(fresh::events, QueryFilter.all().withActor("Putin"));
        List<EdgeRow> network = collect(fresh::network, QueryFilter.all().withActor("Kryvyi Rih"));
        List<ActorRow> week = collect(fresh::entities, QueryFilter.all().withFrom("2025-04-05").withTo("2025-04-12"));
        List<TimelineRow> timeline = collect(fresh::timeline, QueryFilter.all());
        List<EdgeRow> whole = collect(fresh::network, QueryFilter.all());
        fresh.close();
        // take the store back to version 1: what migration-6.sql down to migration-2.sql add, removed
        downgradeToVersion2(where);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + Path.of(where).resolve(SqliteStore.FILE));
             Statement st = c.createStatement()) {
            for (String sql : List.of("DROP INDEX event_actors_actor_day", "ALTER TABLE event_actors DROP COLUMN day",
                    "DROP TABLE actor_pairs", "DROP INDEX actor_edges_source_type", "DROP INDEX actor_edges_target_type",
                    "DROP INDEX actor_edges_heaviest", "DROP TABLE day_types",
                    "CREATE INDEX actor_edges_target ON actor_edges(target)", "DROP TABLE actor_days",
                    "DROP INDEX actors_rank", "CREATE INDEX actors_articles ON actors(articles DESC)",
                    "UPDATE meta SET value = '1' WHERE key = 'schema_version'")) {
                st.execute(sql);
            }
        }
        try (Store migrated = Store.open(where, false)) {
            assertEquals(7, migrated.articleCount());
            assertEquals(events, collect(migrated::events, QueryFilter.all().withActor("Putin")));
            assertEquals(network, collect(migrated::network, QueryFilter.all().withActor("Kryvyi Rih")));
            assertEquals(week, collect(migrated::entities, QueryFilter.all().withFrom("2025-04-05").withTo("2025-04-12")));
            assertEquals(timeline, collect(migrated::timeline, QueryFilter.all()));
            assertEquals(whole, collect(migrated::network, QueryFilter.all()));
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + Path.of(where).resolve(SqliteStore.FILE));
             Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT value FROM meta WHERE key = 'schema_version'")) {
            assertTrue(rs.next());
            assertEquals(String.valueOf(SqliteStore.SCHEMA_VERSION), rs.getString(1));
        }
    }

    /** Takes a store back to schema version 5: what migration-6.sql adds, removed, and the index it drops made again. */
    private static void downgradeToVersion5(String where) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + Path.of(where).resolve(SqliteStore.FILE));
             Statement st = c.createStatement()) {
            for (String trigger : List.of("insert", "update", "delete")) {
                st.execute("DROP TRIGGER event_points_" + trigger);
            }
            st.execute("DROP TABLE event_points");
            st.execute("CREATE INDEX events_lat_lon ON events(lat, lon) WHERE lat IS NOT NULL");
            st.execute("UPDATE meta SET value = '5' WHERE key = 'schema_version'");
        }
    }

    /** Takes a store back to schema version 2: what migration-6.sql down to migration-3.sql add, removed. */
    private static void downgradeToVersion2(String where) throws Exception {
        downgradeToVersion5(where);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + Path.of(where).resolve(SqliteStore.FILE));
             Statement st = c.createStatement()) {
            st.execute("DROP TABLE watch_items"); // migration-5.sql
            st.execute("DROP TABLE watch_sources");
            st.execute("DROP TABLE actor_claims"); // migration-4.sql
            st.execute("DROP INDEX events_lat_lon");
            st.execute("DROP INDEX events_place_country");
            for (String column : List.of("lat", "lon", "place_country", "place_precision", "place_geonames", "place_name",
                    "place_admin1", "place_feature")) {
                st.execute("ALTER TABLE events DROP COLUMN " + column);
            }
            st.execute("UPDATE meta SET value = '2' WHERE key = 'schema_version'");
        }
    }

    @Test
    void aStoreOfSchemaVersion2GainsEventPlacesAndLocatesWhatIsStoredAfter() throws Exception {
        Store fresh = filled();
        String where = fresh.location();
        List<EventRow> before = collect(fresh::events, QueryFilter.all());
        fresh.close();
        downgradeToVersion2(where);
        // opened for writing: the test stores located events after the upgrade (queries open read-only)
        try (Store migrated = Store.open(where, true)) {
            assertEquals(before, collect(migrated::events, QueryFilter.all()));
            for (var r : NewsFixtures.located()) {
                migrated.put(r);
            }
            List<EventRow> near = collect(migrated::events, QueryFilter.all().withNear(new Near(50.0, 36.2, 50)));
            assertEquals(1, near.size());
            assertEquals(NewsFixtures.KHARKIV, near.get(0).place());
        }
    }

    @Test
    void aStoreOfSchemaVersion5GainsTheIndexOfPointsForTheEventsItHolds() throws Exception {
        String where;
        try (Store store = filledAndLocated()) {
            where = store.location();
        }
        downgradeToVersion5(where);
        try (Store migrated = Store.open(where, true)) {
            // located before the upgrade: found through the index the migration filled
            List<EventRow> kharkiv = collect(migrated::events, QueryFilter.all().withNear(new Near(50.0, 36.2, 50)));
            assertEquals(List.of(NewsFixtures.KHARKIV), kharkiv.stream().map(EventRow::place).toList());
            // located after it: kept in the index as it is stored
            String text = "Police dispersed a rally in Odesa on Friday, officials said.";
            migrated.put(StoryRecords.article("sha256:odesa", "Rally dispersed", "2025-05-09", text)
                    .from("Ukrinform", "https://example.com/ukrinform/odesa")
                    .entity("E1", "Odesa", EntityType.LOCATION, "UKR", null).geo("E1", ODESA)
                    .event("V1", EventType.COERCE, null, List.of(), List.of(), "E1", "2025-05-09", text)
                    .build());
            assertEquals(List.of(ODESA), collect(migrated::events, QueryFilter.all().withNear(new Near(46.5, 30.7, 50)))
                    .stream().map(EventRow::place).toList());
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + Path.of(where).resolve(SqliteStore.FILE));
             Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT COUNT(*), (SELECT COUNT(*) FROM events WHERE lat IS NOT NULL) FROM event_points")) {
            assertTrue(rs.next());
            assertEquals(rs.getLong(2), rs.getLong(1), "every located event has its point in the index, and no other");
            assertEquals(4, rs.getLong(1));
        }
    }

    /** Odesa, as the place resolver gives it. */
    private static final Geo ODESA = new Geo("698740", "Odesa", 46.47747, 30.73262, "UKR", "Odessa", "PPLA", "city");

    @Test
    void nearAndCountryReadTheirIndexesNotEveryEvent() throws Exception {
        String where;
        try (Store store = filledAndLocated()) {
            where = store.location();
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + Path.of(where).resolve(SqliteStore.FILE));
             Statement st = c.createStatement()) {
            // the circle's box is read from the R*Tree, its ids then looked up one by one (planned, as the
            // store plans it, without statistics: SQLite then takes a table for a large one)
            String box = "SELECT id FROM events ev WHERE " + new SqliteDialect().eventInBoxSql()
                    .replaceFirst("\\?", "29").replaceFirst("\\?", "49").replaceFirst("\\?", "31").replaceFirst("\\?", "51")
                    + " ORDER BY ev.day DESC LIMIT 50";
            String boxPlan = plan(st, box);
            assertTrue(boxPlan.contains("event_points VIRTUAL TABLE"), boxPlan);
            assertTrue(boxPlan.contains("USING INTEGER PRIMARY KEY"), boxPlan);
            st.execute("ANALYZE");
            assertTrue(plan(st, "SELECT id FROM events ev WHERE ev.place_country = 'UKR' ORDER BY ev.day DESC LIMIT 50")
                    .contains("events_place_country"));
        }
    }

    private static String plan(Statement st, String query) throws Exception {
        StringBuilder out = new StringBuilder();
        try (ResultSet rs = st.executeQuery("EXPLAIN QUERY PLAN " + query)) {
            while (rs.next()) {
                out.append(rs.getString(4)).append('\n');
            }
        }
        return out.toString();
    }

    @Test
    void aStoreWrittenByANewerNewsgraphIsRefusedNotMisread() throws Exception {
        String where = filled().location();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + Path.of(where).resolve(SqliteStore.FILE));
             Statement st = c.createStatement()) {
            st.execute("UPDATE meta SET value = '" + (SqliteStore.SCHEMA_VERSION + 1) + "' WHERE key = 'schema_version'");
        }
        StoreException e = assertThrows(StoreException.class, () -> Store.open(where, false));
        assertTrue(e.getMessage().contains("newer newsgraph"), e.getMessage());
    }
}
