package dev.newsgraph.cli.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsgraph.cli.Newsgraph;
import dev.newsgraph.model.RecordCodec;
import dev.newsgraph.model.StoryRecord;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The store verbs end to end through {@link Newsgraph#run}: real reading, analysis and SQLite files. */
class StoreCommandsTest {
    @TempDir
    static Path dir;
    static Path news;

    /** What a run printed and returned. */
    record Run(int code, String out, String err) {
    }

    @BeforeAll
    static void writeArticles() throws Exception {
        news = Files.createDirectories(dir.resolve("news"));
        Files.writeString(news.resolve("harbour.txt"), "Storm closes harbour at Dover\n\n"
                + "High winds forced the Port of Dover to suspend all ferry crossings on Tuesday, stranding hundreds of"
                + " lorries on the M20. The harbour master said crossings would resume once gusts fell below 60mph.\n");
        Files.writeString(news.resolve("budget.txt"), "Finance minister unveils budget\n\n"
                + "The finance minister presented a budget on Wednesday that raises spending on hospitals by 4 percent"
                + " and cuts the tax on fuel, telling parliament the plan would cost 12 billion euros.\n");
        Files.createDirectories(news.resolve("wire"));
        Files.writeString(news.resolve("wire/feed.jsonl"), String.join("\n",
                "{\"title\": \"Rail strike called off\", \"text\": \"Train drivers called off a strike planned for"
                        + " Friday after talks with rail operators produced a new pay offer, the union said.\","
                        + " \"url\": \"https://example.com/rail\", \"published\": \"2025-05-02\", \"source\": \"Wire\"}",
                "this line is not json",
                "{\"title\": \"Empty\", \"text\": \"\"}",
                "{\"title\": \"Bridge reopens\", \"text\": \"The Old Bridge reopened to traffic on Monday after a"
                        + " two-year repair costing 8 million pounds, the city council said.\", \"published\": \"2025-05-05\"}"))
                ;
    }

    static Run run(String... args) {
        PrintStream out = System.out;
        PrintStream err = System.err;
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        ByteArrayOutputStream e = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(o, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(e, true, StandardCharsets.UTF_8));
            int code = Newsgraph.run(args);
            return new Run(code, o.toString(StandardCharsets.UTF_8), e.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
    }

    @Test
    void ingestStoresGoodArticlesReportsBadLinesAndSecondRunSkipsEverything() throws Exception {
        String db = dir.resolve("db1").toString();
        Run first = run("ingest", "--db", db, "--jobs", "2", news.toString());
        assertEquals(3, first.code(), first.err());
        assertTrue(first.err().contains("feed.jsonl:2: not a JSON object"), first.err());
        assertTrue(first.err().contains("feed.jsonl:3: no text"), first.err());
        assertTrue(first.err().contains("4 stored, 0 skipped as duplicates, 2 failed"), first.err());

        Run again = run("ingest", "--db", db, news.toString());
        assertTrue(again.err().contains("0 stored, 4 skipped as duplicates, 2 failed"), again.err());

        Run export = run("export", "--db", db, "--format", "jsonl", "--out", "-");
        assertEquals(0, export.code(), export.err());
        dev.newsgraph.model.RecordSchemaCheck.assertValid(export.out()); // the store gives back records of the format
        List<StoryRecord> records = export.out().lines().map(RecordCodec::fromJson).toList();
        assertEquals(4, records.size());
        assertEquals(4, records.stream().map(r -> r.article().id()).distinct().count());
        assertTrue(records.stream().anyMatch(r -> "2025-05-02".equals(r.article().published())
                && "https://example.com/rail".equals(r.article().url())));
    }

    @Test
    void publishedOptionDatesOnlyArticlesWithoutADateOfTheirOwn() throws Exception {
        String db = dir.resolve("db2").toString();
        Run r = run("ingest", "--db", db, "--published", "2025-01-15", news.resolve("wire/feed.jsonl").toString(),
                news.resolve("harbour.txt").toString());
        assertEquals(3, r.code(), r.err());
        Run export = run("export", "--db", db, "--format", "jsonl", "--out", "-");
        List<String> dates = export.out().lines().map(RecordCodec::fromJson).map(x -> x.article().published()).sorted().toList();
        assertEquals(List.of("2025-01-15", "2025-05-02", "2025-05-05"), dates);
    }

    @Test
    void globsPickMatchingFilesOnly() {
        String db = dir.resolve("db3").toString();
        Run r = run("ingest", "--db", db, "--jobs", "1", news.toString() + "/*.txt");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.err().contains("2 stored"), r.err());
        Run missing = run("ingest", "--db", db, news.resolve("nothing-*.txt").toString());
        assertEquals(3, missing.code());
        assertTrue(missing.err().contains("no files found"), missing.err());
    }

    @Test
    void ingestingAFolderThatHoldsTheStoreLeavesTheStoreFilesAlone() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("mixed"));
        Files.copy(news.resolve("harbour.txt"), folder.resolve("harbour.txt"));
        String db = folder.resolve("newsgraph-data").toString();
        Run first = run("ingest", "--db", db, folder.toString());
        assertEquals(0, first.code(), first.err());
        Run again = run("ingest", "--db", db, folder.toString());
        assertEquals(0, again.code(), again.err());
        assertTrue(again.err().contains("0 stored, 1 skipped as duplicates, 0 failed"), again.err());
    }

    @Test
    void searchFindsStoredArticlesWithMarkedSnippets() {
        String db = dir.resolve("db4").toString();
        run("ingest", "--db", db, news.toString());
        Run table = run("search", "--db", db, "ferry", "crossings");
        assertEquals(0, table.code(), table.err());
        assertTrue(table.out().contains("Storm closes harbour at Dover"), table.out());
        Run csv = run("search", "--db", db, "--format", "csv", "ferry");
        assertTrue(csv.out().startsWith("published,title,snippet,url\n"), csv.out());
        assertTrue(csv.out().contains("[ferry]"), csv.out());
        Run none = run("search", "--db", db, "zeppelin");
        assertEquals(0, none.code());
        assertTrue(none.err().contains("nothing matches"));
    }

    @Test
    void entitiesShowTheCountryAndKnownActorIdOfEachActor() throws Exception {
        String db = dir.resolve("db-kb").toString();
        Path text = Files.writeString(dir.resolve("kremlin.txt"),
                "Vladimir Putin met business leaders in Moscow on Tuesday. Putin said the talks went well.");
        assertEquals(0, run("ingest", "--db", db, "--published", "2017-06-06", text.toString()).code());
        Run csv = run("query", "entities", "--db", db, "--format", "csv", "--type", "person");
        assertEquals(0, csv.code(), csv.err());
        assertTrue(csv.out().startsWith("name,type,country,sector,kb,articles,mentions,also\n"), csv.out());
        assertTrue(csv.out().contains("Vladimir Putin,PERSON,RUS,GOV,phoenix:VLADIMIR_PUTIN,1,"), csv.out());
    }

    @Test
    void queriesAnswerAsTableJsonAndCsvAndRejectBadDays() {
        String db = dir.resolve("db5").toString();
        run("ingest", "--db", db, news.toString());
        for (String q : List.of("entities", "events", "quotes", "timeline", "network")) {
            for (String f : List.of("table", "json", "csv")) {
                Run r = run("query", q, "--db", db, "--format", f, "--from", "2025-01-01");
                assertEquals(0, r.code(), q + " " + f + ": " + r.err());
            }
        }
        Run json = run("query", "events", "--db", db, "--format", "json");
        assertTrue(json.out().strip().startsWith("["), json.out());
        assertEquals(2, run("query", "events", "--db", db, "--from", "April 1").code());
    }

    /** A one-event record whose place, {@code name}, the resolver located at {@code geo}. */
    private static StoryRecord located(String id, String name, dev.newsgraph.model.Geo geo) {
        String text = "Police dispersed a protest in " + name + " on Monday.";
        int at = text.indexOf(name);
        var article = new dev.newsgraph.model.Article(id, "https://example.com/" + id, "Example", "Protest in " + name,
                "2025-06-02", "en", text, List.of());
        var place = new dev.newsgraph.model.Entity("E1", name, dev.newsgraph.model.EntityType.LOCATION, "CITY", List.of(),
                List.of(), null, null, null, null, List.of(new dev.newsgraph.model.Span(at, at + name.length(), name)), geo);
        var event = new dev.newsgraph.model.Event("V1", dev.newsgraph.model.EventType.PROTEST, "demonstrate", List.of(),
                List.of(), List.of(), "E1", null, List.of(), dev.newsgraph.model.Modality.ASSERTED, null,
                new dev.newsgraph.model.Span(0, text.length(), text), 0.8);
        return new StoryRecord(StoryRecord.FORMAT, article, List.of(place), List.of(), List.of(event), List.of(), List.of(),
                new dev.newsgraph.model.Provenance("test", List.of("test"), java.util.Map.of()));
    }

    @Test
    void eventsNearAPointAndInACountryAreFoundAndBadPointsRefused() {
        String db = dir.resolve("db-near").toString();
        try (var store = dev.newsgraph.store.Store.open(db, true)) {
            store.put(located("tbilisi", "Tbilisi", new dev.newsgraph.model.Geo("611717", "Tbilisi", 41.69411, 44.83368,
                    "GEO", "Tbilisi", "PPLC", "city")));
            store.put(located("atlanta", "Atlanta", new dev.newsgraph.model.Geo("4180439", "Atlanta", 33.749, -84.38798,
                    "USA", "Georgia", "PPLA", "city")));
        }
        Run near = run("query", "events", "--db", db, "--near", "41.7,44.8", "--km", "25", "--format", "csv");
        assertEquals(0, near.code(), near.err());
        assertTrue(near.out().contains("Tbilisi") && !near.out().contains("Atlanta"), near.out());
        assertTrue(near.out().contains("41.6941,44.8337"), near.out());
        Run usa = run("query", "events", "--db", db, "--country", "usa", "--format", "json");
        assertTrue(usa.out().contains("\"Atlanta\"") && !usa.out().contains("Tbilisi"), usa.out());
        assertTrue(usa.out().contains("\"lat\" : 33.749") || usa.out().contains("\"lat\":33.749"), usa.out());
        Run far = run("query", "events", "--db", db, "--near", "41.7,44.8", "--km", "20000");
        assertTrue(far.out().contains("Atlanta") && far.out().contains("Tbilisi"), far.out());
        Run bad = run("query", "events", "--db", db, "--near", "91,10");
        assertEquals(2, bad.code());
        assertTrue(bad.err().contains("--near 91,10") && bad.err().contains("latitude"), bad.err());
        assertEquals(2, run("query", "events", "--db", db, "--near", "Tbilisi").code());
        assertEquals(2, run("query", "events", "--db", db, "--km", "5").code());
        assertEquals(2, run("query", "quotes", "--db", db, "--near", "41.7,44.8").code());
    }

    @Test
    void queryingAMissingStoreFailsWithAClearMessage() {
        Run r = run("query", "entities", "--db", dir.resolve("absent").toString());
        assertEquals(1, r.code());
        assertTrue(r.err().contains("no store here"), r.err());
    }

    @Test
    void ingestReadsJsonLinesFromStandardInputAsTheyArrive() throws Exception {
        String db = dir.resolve("db-stdin").toString();
        byte[] lines = Files.readAllBytes(news.resolve("wire/feed.jsonl"));
        java.io.InputStream in = System.in;
        Run r;
        try {
            System.setIn(new java.io.ByteArrayInputStream(lines));
            r = run("ingest", "--db", db, "-", news.resolve("harbour.txt").toString());
        } finally {
            System.setIn(in);
        }
        assertEquals(3, r.code(), r.err());
        assertTrue(r.err().contains("-:2: not a JSON object"), r.err());
        assertTrue(r.err().contains("3 stored, 0 skipped as duplicates, 2 failed"), r.err());
        Run export = run("export", "--db", db, "--format", "jsonl", "--out", "-");
        List<String> titles = export.out().lines().map(RecordCodec::fromJson).map(x -> x.article().title()).toList();
        assertTrue(titles.containsAll(List.of("Rail strike called off", "Bridge reopens")), titles.toString());
    }
}
