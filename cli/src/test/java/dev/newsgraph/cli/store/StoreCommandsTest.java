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
