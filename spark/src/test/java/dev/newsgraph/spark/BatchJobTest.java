package dev.newsgraph.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsgraph.analysis.Analyzer;
import dev.newsgraph.model.RecordCodec;
import dev.newsgraph.model.RecordSchemaCheck;
import dev.newsgraph.reading.InputReader;
import dev.newsgraph.reading.ReadResult;
import dev.newsgraph.store.export.Column;
import dev.newsgraph.store.export.ExportTables;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The job in local mode on two cores over short articles written for the test (a JSON Lines file
 * with a re-typed copy of one story and a broken line, and a folder of two text files) must write
 * exactly the records the single-machine Analyzer makes of the same inputs.
 */
class BatchJobTest {
    private static SparkSession spark;
    private static Path jsonl;
    private static Path folder;
    private static BatchJob.Summary summary;
    private static Path out;

    @TempDir
    static Path tmp;

    @BeforeAll
    static void runJob() throws Exception {
        jsonl = fixture("fixtures/articles.jsonl");
        folder = fixture("fixtures/folder");
        spark = SparkSession.builder().master("local[2]").appName("newsgraph-test")
                .config("spark.ui.enabled", "false").config("spark.sql.shuffle.partitions", "4").getOrCreate();
        out = tmp.resolve("out");
        summary = new BatchJob(spark, JobOptions.parse("--out", out.toString(), jsonl.toString(), folder.toString()))
                .run();
    }

    @AfterAll
    static void stop() {
        if (spark != null) {
            spark.stop();
        }
    }

    private static Path fixture(String name) throws URISyntaxException {
        return Path.of(BatchJobTest.class.getClassLoader().getResource(name).toURI());
    }

    @Test
    void recordsEqualTheSingleMachineAnalyzersInInputOrder() throws Exception {
        Analyzer analyzer = Analyzer.create();
        InputReader reader = new InputReader();
        List<String> expected = new ArrayList<>();
        List<Path> inputs = new ArrayList<>(List.of(jsonl));
        try (Stream<Path> files = Files.list(folder)) {
            inputs.addAll(files.sorted().toList());
        }
        for (Path p : inputs) {
            try (Stream<ReadResult> items = reader.read(p, null)) {
                items.filter(ReadResult::ok).forEach(r -> expected.add(RecordCodec.toJson(analyzer.analyze(r.article()))));
            }
        }
        List<String> actual = partLines(out.resolve("records.jsonl"));
        actual.forEach(RecordSchemaCheck::assertValid);
        assertEquals(6, expected.size());
        assertEquals(6, actual.size(), "one record per good article");
        // JSON Lines keep their order; the folder's files come after them
        assertEquals(expected.subList(0, 4), actual.subList(0, 4));
        assertEquals(expected.stream().sorted().toList(), actual.stream().sorted().toList());
        assertEquals(6, summary.records());
    }

    @Test
    void theBrokenLineIsAFailureNamingItsInput() throws IOException {
        assertEquals(1, summary.failures());
        List<String> failures = partLines(out.resolve("failures"));
        assertEquals(1, failures.size());
        assertTrue(failures.get(0).contains("articles.jsonl") && failures.get(0).contains("not a JSON object"),
                failures.get(0));
    }

    @Test
    void parquetHoldsTheArticleFieldsBesideTheRecord() {
        Dataset<Row> p = spark.read().parquet(out.resolve("records.parquet").toString());
        assertEquals(6, p.count());
        Row kenya = p.filter("title = 'Kenya signs road deal'").first();
        assertEquals("2026-03-06", kenya.getAs("published"));
        String record = kenya.getAs("record");
        assertEquals(kenya.<String>getAs("id"), RecordCodec.fromJson(record).article().id());
        assertTrue(record.contains("Mombasa"));
    }

    @Test
    void theRetypedCopyIsGroupedWithItsStory() throws IOException {
        assertEquals(1, summary.duplicateGroups());
        List<String> groups = partLines(out.resolve("duplicates"));
        assertEquals(1, groups.size());
        Map<?, ?> g = RecordCodec.mapper().readValue(groups.get(0), Map.class);
        assertEquals(2, ((Number) g.get("copies")).intValue());
        assertEquals(2, ((List<?>) g.get("ids")).stream().distinct().count(), "two different texts, one story");
    }

    @Test
    void entitiesAreCountedAcrossArticles() throws IOException {
        Map<String, Integer> articles = partLines(out.resolve("entities")).stream()
                .map(l -> {
                    try {
                        return RecordCodec.mapper().readValue(l, Map.class);
                    } catch (IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                })
                .collect(Collectors.toMap(m -> m.get("type") + " " + m.get("name"),
                        m -> ((Number) m.get("articles")).intValue(), (a, b) -> a));
        // Rotterdam is named by the story and by its copy; Kenya by one article only
        Integer rotterdam = articles.entrySet().stream().filter(e -> e.getKey().endsWith(" Rotterdam"))
                .map(Map.Entry::getValue).findFirst().orElse(null);
        assertEquals(2, rotterdam, articles.toString());
        Integer kenya = articles.entrySet().stream().filter(e -> e.getKey().endsWith(" Kenya"))
                .map(Map.Entry::getValue).findFirst().orElse(null);
        assertEquals(1, kenya, articles.toString());
    }

    @Test
    void theExportsFiveTablesComeWithItsColumnsAndLinkActorsAcrossArticles() {
        for (String t : ExportTables.NAMES) {
            Dataset<Row> table = spark.read().parquet(out.resolve("tables").resolve(t + ".parquet").toString());
            assertEquals(ExportTables.columns(t).stream().map(Column::name).toList(), List.of(table.columns()), t);
            for (Column c : ExportTables.columns(t)) {
                assertEquals(CorpusTables.sparkType(c), table.schema().apply(c.name()).dataType(), t + "." + c.name());
            }
        }
        Dataset<Row> articles = spark.read().parquet(out.resolve("tables/articles.parquet").toString());
        assertEquals(6, articles.count());
        List<Row> rotterdam = articles.filter("url like 'https://example.org/a1%'").collectAsList();
        assertEquals(2, rotterdam.size());
        assertEquals(rotterdam.get(0).<String>getAs("story"), rotterdam.get(1).<String>getAs("story"),
                "the copy is in its story's story");

        Dataset<Row> actors = spark.read().parquet(out.resolve("tables/actors.parquet").toString());
        assertEquals(2L, actors.filter("name = 'Rotterdam'").first().<Long>getAs("articles"));
        assertEquals(actors.count(), actors.select("id").distinct().count(), "one row per actor");

        Dataset<Row> events = spark.read().parquet(out.resolve("tables/events.parquet").toString());
        Dataset<Row> reports = spark.read().parquet(out.resolve("tables/reports.parquet").toString());
        assertTrue(events.count() >= 3, events.collectAsList().toString());
        long reported = events.agg(org.apache.spark.sql.functions.sum("reports")).first().getLong(0);
        assertEquals(reported, reports.count());
        assertEquals(0, reports.join(events, reports.col("event_id").equalTo(events.col("id")), "left_anti").count(),
                "every report belongs to an event");
        Dataset<Row> quotes = spark.read().parquet(out.resolve("tables/quotes.parquet").toString());
        assertTrue(quotes.filter("speaker_id is not null").count() >= 1);
        assertEquals(0, quotes.filter("speaker_id is not null").join(actors,
                quotes.col("speaker_id").equalTo(actors.col("id")), "left_anti").count(), "every speaker is an actor");
    }

    @Test
    void anExistingOutputFolderIsRefusedBeforeAnyWork() {
        IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> new BatchJob(spark, JobOptions.parse("--out", out.toString(), jsonl.toString())).run());
        assertTrue(e.getMessage().contains("exists already"), e.getMessage());
    }

    @Test
    void aMissingInputIsBadInputNamingIt() {
        dev.newsgraph.reading.BadInputException e = org.junit.jupiter.api.Assertions.assertThrows(
                dev.newsgraph.reading.BadInputException.class, () -> new BatchJob(spark,
                        JobOptions.parse("--out", tmp.resolve("other").toString(), tmp.resolve("nowhere.jsonl").toString()))
                        .run());
        assertTrue(e.getMessage().contains("nowhere.jsonl"), e.getMessage());
    }

    /** The lines of a Spark output folder's part files, in part order. */
    private static List<String> partLines(Path dir) throws IOException {
        List<String> lines = new ArrayList<>();
        try (Stream<Path> parts = Files.list(dir)) {
            for (Path p : parts.filter(f -> f.getFileName().toString().startsWith("part-")).sorted().toList()) {
                for (String l : Files.readAllLines(p, StandardCharsets.UTF_8)) {
                    if (!l.isBlank()) {
                        lines.add(l);
                    }
                }
            }
        }
        return lines;
    }
}
