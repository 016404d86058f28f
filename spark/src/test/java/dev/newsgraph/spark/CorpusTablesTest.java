package dev.newsgraph.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.newsgraph.model.Article;
import dev.newsgraph.model.Entity;
import dev.newsgraph.model.EntityType;
import dev.newsgraph.model.Event;
import dev.newsgraph.model.EventDate;
import dev.newsgraph.model.EventType;
import dev.newsgraph.model.Geo;
import dev.newsgraph.model.Modality;
import dev.newsgraph.model.Precision;
import dev.newsgraph.model.Provenance;
import dev.newsgraph.model.Quote;
import dev.newsgraph.model.QuoteKind;
import dev.newsgraph.model.RecordCodec;
import dev.newsgraph.model.Span;
import dev.newsgraph.model.StoryRecord;
import dev.newsgraph.store.linking.RecordKeys;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The export's tables made as Spark aggregations from records written for the test: one strike
 * reported by two outlets is one event with both reports; an actor is one row across articles;
 * two articles' unnamed spokesmen are two actors; a quote's speaker is its actor.
 */
class CorpusTablesTest {
    private static SparkSession spark;
    @TempDir
    static Path tmp;

    @BeforeAll
    static void start() {
        spark = SparkSession.builder().master("local[2]").appName("newsgraph-tables-test")
                .config("spark.ui.enabled", "false").config("spark.sql.shuffle.partitions", "3").getOrCreate();
    }

    @AfterAll
    static void stop() {
        spark.stop();
    }

    private static final String STRIKE = "Russian missiles struck Kharkiv on Friday, killing four, officials said. \"We will respond,\""
            + " a spokesman said.";

    private static StoryRecord report(String id, String url, String text, String kremlinSpeaker, Geo kharkiv) {
        int at = text.indexOf("Kharkiv");
        List<Entity> entities = new ArrayList<>(List.of(
                new Entity("E1", "Russia", EntityType.ORGANIZATION, null, List.of("Russian"), List.of(), null, "RUS", "GOV", null,
                        List.of(new Span(0, 7, text.substring(0, 7)))),
                new Entity("E2", "Kharkiv", EntityType.LOCATION, "CITY", List.of(), List.of(), null, "UKR", null, null,
                        List.of(new Span(at, at + 7, "Kharkiv")), kharkiv),
                new Entity("E3", kremlinSpeaker, EntityType.PERSON, null, List.of(), List.of(), null, null, null, null, List.of())));
        Span evidence = new Span(0, text.indexOf('.') + 1, text.substring(0, text.indexOf('.') + 1));
        Event strike = new Event("V1", EventType.ASSAULT, "missile", List.of(), List.of("E1"), List.of("E2"), "E2",
                new EventDate("on Friday", "2025-04-04", Precision.DAY), List.of(), Modality.ASSERTED, null, evidence, 0.8);
        int q = text.indexOf("We will");
        Quote quote = new Quote("Q1", "We will respond,", "E3", QuoteKind.DIRECT, "said", null, q, q + 16);
        Article a = new Article(id, url, "Outlet", "Strike on Kharkiv", "2025-04-05", "en", text, List.of());
        return new StoryRecord(StoryRecord.FORMAT, a, entities, List.of(quote), List.of(strike), List.of(), List.of(),
                new Provenance("test", List.of(), Map.of()));
    }

    @Test
    void oneStrikeReportedTwiceIsOneEventAndUnnamedSpokesmenStayApart() {
        List<StoryRecord> records = List.of(
                report("sha256:one", "https://a.example/1", STRIKE, "a spokesman", null),
                report("sha256:two", "https://b.example/2", STRIKE.replace("killing four", "killing 4 people"), "a spokesman",
                        new Geo("706483", "Kharkiv", 49.98081, 36.25272, "UKR", "Kharkiv", "PPLA", "city")));
        StructType schema = new StructType().add("record", DataTypes.StringType).add("fingerprint", DataTypes.StringType);
        List<Row> rows = new ArrayList<>();
        for (StoryRecord r : records) {
            rows.add(RowFactory.create(RecordCodec.toJson(r), TextFingerprint.of(r.article().text())));
        }
        Dataset<Row> ok = spark.createDataFrame(rows, schema).repartition(2);
        String out = tmp.resolve("tables").toString();
        CorpusTables.write(spark, ok, out, SaveMode.ErrorIfExists);

        List<Row> events = spark.read().parquet(out + "/events.parquet").collectAsList();
        assertEquals(1, events.size(), events.toString());
        Row e = events.get(0);
        assertEquals(2L, e.<Long>getAs("reports"));
        assertEquals("https://a.example/1 https://b.example/2", e.getAs("urls"));
        assertEquals("2025-04-04", e.getAs("day"));
        assertEquals("Russia", e.getAs("sources"));
        assertEquals("Kharkiv", e.getAs("location"));
        // the first report does not locate the place, the second does: the event takes its point, as the store does
        assertEquals(49.98081, e.<Double>getAs("lat"), 1e-9);
        assertEquals(36.25272, e.<Double>getAs("lon"), 1e-9);
        assertEquals("UKR", e.getAs("place_country"));
        assertEquals("city", e.getAs("place_precision"));
        assertEquals("706483", e.getAs("place_geonames"));
        long russia = CorpusTables.idOf(RecordKeys.actorKey(records.get(0).entities().get(0), "sha256:one"));
        assertEquals(String.valueOf(russia), e.getAs("source_ids"));
        assertEquals(2, spark.read().parquet(out + "/reports.parquet").filter("event_id = " + e.<Long>getAs("id")).count());

        Dataset<Row> actors = spark.read().parquet(out + "/actors.parquet");
        Row r = actors.filter("name = 'Russia'").first();
        assertEquals(russia, r.<Long>getAs("id"));
        assertEquals(2L, r.<Long>getAs("articles"));
        assertEquals("russia; russian", r.getAs("names"));
        assertEquals(2, actors.filter("name = 'a spokesman'").count(), "one unnamed spokesman per article");
        assertNull(actors.filter("name = 'Kharkiv'").first().getAs("sector"));

        List<Row> quotes = spark.read().parquet(out + "/quotes.parquet").collectAsList();
        assertEquals(2, quotes.size());
        assertEquals(2, quotes.stream().map(x -> x.<Long>getAs("speaker_id")).distinct().count());
    }
}
