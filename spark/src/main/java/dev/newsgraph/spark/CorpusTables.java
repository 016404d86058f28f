package dev.newsgraph.spark;

import static org.apache.spark.sql.functions.array_distinct;
import static org.apache.spark.sql.functions.array_join;
import static org.apache.spark.sql.functions.array_sort;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.countDistinct;
import static org.apache.spark.sql.functions.expr;
import static org.apache.spark.sql.functions.flatten;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.min_by;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import dev.newsgraph.model.Article;
import dev.newsgraph.model.Entity;
import dev.newsgraph.model.Event;
import dev.newsgraph.model.Quote;
import dev.newsgraph.model.RecordCodec;
import dev.newsgraph.model.StoryRecord;
import dev.newsgraph.store.export.Column;
import dev.newsgraph.store.export.ExportTables;
import dev.newsgraph.store.linking.RecordKeys;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * The five tables of {@code export --format parquet} (articles, actors, events, reports, quotes:
 * the same columns, names and types, from {@link ExportTables}), made from the records as Spark
 * aggregations: each record is turned into facts on the executor that holds it (its entities with
 * their actor keys, its events with their merge keys, its quotes), and the facts are grouped by
 * key, so that only those small rows are shuffled, never texts or records. An actor is an entity
 * key of {@link RecordKeys#actorKey} (knowledge-base id, else type, country and name), an event a
 * key of {@link RecordKeys#eventKey}, as the store merges them; the store also links an actor by
 * its aliases and surname, which needs the order of arrival and is not done here. Ids are stable
 * 63-bit hashes of the keys, so the same actor or event has the same id in every run; "first"
 * means first in input order.
 */
final class CorpusTables {
    private CorpusTables() {
    }

    /**
     * Writes the tables as Parquet under {@code out} ({@code articles.parquet/} ...).
     *
     * @param ok the job's rows of analysed articles (with {@code record} and {@code fingerprint})
     */
    static void write(SparkSession spark, Dataset<Row> ok, String out, SaveMode mode) {
        Dataset<Row> ordered = ok.select(col("record"), col("fingerprint"))
                .withColumn("ord", org.apache.spark.sql.functions.monotonically_increasing_id());
        JavaRDD<Row> rows = ordered.javaRDD();
        Dataset<Row> articles = spark.createDataFrame(rows.mapPartitions(CorpusTables::articleFacts), ARTICLE_FACTS);
        Dataset<Row> entities = spark.createDataFrame(rows.mapPartitions(CorpusTables::entityFacts), ENTITY_FACTS);
        Dataset<Row> events = spark.createDataFrame(rows.mapPartitions(CorpusTables::eventFacts), EVENT_FACTS);
        Dataset<Row> quotes = spark.createDataFrame(rows.mapPartitions(CorpusTables::quoteFacts), QUOTE_FACTS);

        Dataset<Row> stories = articles.groupBy("fingerprint").agg(min_by(col("id"), col("ord")).as("story"));
        save(articles.join(stories, "fingerprint").orderBy("ord"), "articles", out, mode);

        Dataset<Row> actors = entities.groupBy("key").agg(
                min_by(col("actor_id"), col("ord")).as("id"), min_by(col("name"), col("ord")).as("name"),
                min_by(col("type"), col("ord")).as("type"), firstPresent("country"), firstPresent("sector"),
                firstPresent("kb"), countDistinct("article").as("articles"), sum("mentions").as("mentions"),
                array_join(array_sort(array_distinct(flatten(collect_list(col("names"))))), "; ").as("names"));
        save(actors.orderBy(col("articles").desc(), col("mentions").desc(), col("id")), "actors", out, mode);

        Dataset<Row> merged = events.groupBy("key").agg(
                min_by(col("event_id"), col("ord")).as("id"), min_by(col("date"), col("ord")).as("date"),
                min_by(col("day"), col("ord")).as("day"), min_by(col("precision"), col("ord")).as("precision"),
                min_by(col("type"), col("ord")).as("type"), firstPresent("mode"),
                min_by(col("source_ids"), col("ord")).as("source_ids"), min_by(col("sources"), col("ord")).as("sources"),
                min_by(col("target_ids"), col("ord")).as("target_ids"), min_by(col("targets"), col("ord")).as("targets"),
                firstPresent("location_id"), firstPresent("location"), firstPresent("lat"), locatedWith("lon"),
                locatedWith("place_country"), locatedWith("place_precision"), locatedWith("place_geonames"),
                count("*").as("reports"),
                array_join(expr("transform(array_sort(collect_list(struct(ord, url))), r -> r.url)"), " ").as("urls"),
                min_by(col("evidence"), col("ord")).as("evidence"));
        save(merged.orderBy(col("day").desc_nulls_last(), col("id").desc()), "events", out, mode);
        save(events.orderBy(col("event_id"), col("ord")), "reports", out, mode);
        save(quotes.orderBy(col("ord")), "quotes", out, mode);
    }

    /** The value of the first fact (in input order) that has one. */
    private static org.apache.spark.sql.Column firstPresent(String column) {
        return min_by(col(column), when(col(column).isNull(), lit(Long.MAX_VALUE)).otherwise(col("ord"))).as(column);
    }

    /** The value of the first fact (in input order) that is located, as the store keeps the first report's place. */
    private static org.apache.spark.sql.Column locatedWith(String column) {
        return min_by(col(column), when(col("lat").isNull(), lit(Long.MAX_VALUE)).otherwise(col("ord"))).as(column);
    }

    /** Writes a table with exactly the export's columns, in its order and types. */
    private static void save(Dataset<Row> table, String name, String out, SaveMode mode) {
        List<org.apache.spark.sql.Column> cols = new ArrayList<>();
        for (Column c : ExportTables.columns(name)) {
            cols.add(col(c.name()).cast(sparkType(c)).as(c.name()));
        }
        table.select(cols.toArray(org.apache.spark.sql.Column[]::new)).write().mode(mode).parquet(out + "/" + name + ".parquet");
    }

    /** The Spark type of an export column ({@code VARCHAR}, {@code BIGINT}, {@code DOUBLE}). */
    static DataType sparkType(Column c) {
        return switch (c.type()) {
            case "BIGINT" -> DataTypes.LongType;
            case "DOUBLE" -> DataTypes.DoubleType;
            default -> DataTypes.StringType;
        };
    }

    // ---- facts, made on the executors

    private static final StructType ARTICLE_FACTS = new StructType()
            .add("ord", DataTypes.LongType).add("fingerprint", DataTypes.StringType).add("id", DataTypes.StringType)
            .add("url", DataTypes.StringType).add("source", DataTypes.StringType).add("title", DataTypes.StringType)
            .add("published", DataTypes.StringType).add("language", DataTypes.StringType)
            .add("entities", DataTypes.LongType).add("events", DataTypes.LongType).add("quotes", DataTypes.LongType);

    private static final StructType ENTITY_FACTS = new StructType()
            .add("ord", DataTypes.LongType).add("key", DataTypes.StringType).add("actor_id", DataTypes.LongType)
            .add("name", DataTypes.StringType).add("type", DataTypes.StringType).add("country", DataTypes.StringType)
            .add("sector", DataTypes.StringType).add("kb", DataTypes.StringType).add("article", DataTypes.StringType)
            .add("mentions", DataTypes.LongType).add("names", DataTypes.createArrayType(DataTypes.StringType));

    private static final StructType EVENT_FACTS = new StructType()
            .add("ord", DataTypes.LongType).add("key", DataTypes.StringType).add("event_id", DataTypes.LongType)
            .add("date", DataTypes.StringType).add("day", DataTypes.StringType).add("precision", DataTypes.StringType)
            .add("type", DataTypes.StringType).add("mode", DataTypes.StringType)
            .add("source_ids", DataTypes.StringType).add("sources", DataTypes.StringType)
            .add("target_ids", DataTypes.StringType).add("targets", DataTypes.StringType)
            .add("location_id", DataTypes.LongType).add("location", DataTypes.StringType)
            .add("lat", DataTypes.DoubleType).add("lon", DataTypes.DoubleType).add("place_country", DataTypes.StringType)
            .add("place_precision", DataTypes.StringType).add("place_geonames", DataTypes.StringType)
            .add("article_id", DataTypes.StringType).add("url", DataTypes.StringType).add("source", DataTypes.StringType)
            .add("published", DataTypes.StringType).add("local_id", DataTypes.StringType)
            .add("modality", DataTypes.StringType).add("confidence", DataTypes.DoubleType)
            .add("evidence", DataTypes.StringType);

    private static final StructType QUOTE_FACTS = new StructType()
            .add("ord", DataTypes.LongType).add("article_id", DataTypes.StringType).add("published", DataTypes.StringType)
            .add("speaker_id", DataTypes.LongType).add("speaker", DataTypes.StringType).add("text", DataTypes.StringType)
            .add("kind", DataTypes.StringType).add("cue", DataTypes.StringType).add("channel", DataTypes.StringType)
            .add("url", DataTypes.StringType);

    /** One record's article, its actors and its entities' actor ids. */
    private record Parsed(long ord, String fingerprint, StoryRecord record, Map<String, Long> actorOf,
                          Map<String, Entity> entityOf) {
        static Parsed of(Row row) {
            StoryRecord r = RecordCodec.fromJson(row.getString(0));
            Map<String, Long> actorOf = new HashMap<>();
            Map<String, Entity> entityOf = new HashMap<>();
            Map<String, String> keys = RecordKeys.actorKeys(r.entities(), r.article().id());
            for (Entity e : r.entities()) {
                actorOf.put(e.id(), idOf(keys.get(e.id())));
                entityOf.put(e.id(), e);
            }
            return new Parsed(row.getLong(2), row.getString(1), r, actorOf, entityOf);
        }
    }

    private static Iterator<Row> articleFacts(Iterator<Row> rows) {
        return new MappedIterator<>(rows, row -> {
            Parsed p = Parsed.of(row);
            Article a = p.record().article();
            return RowFactory.create(p.ord(), p.fingerprint(), a.id(), a.url(), a.source(), a.title(), a.published(),
                    a.language(), (long) p.record().entities().size(), (long) p.record().events().size(),
                    (long) p.record().speech().size());
        });
    }

    private static Iterator<Row> entityFacts(Iterator<Row> rows) {
        return flat(rows, p -> {
            List<Row> out = new ArrayList<>();
            String article = p.record().article().id();
            Map<String, String> keys = RecordKeys.actorKeys(p.record().entities(), article);
            for (Entity e : p.record().entities()) {
                String norm = RecordKeys.norm(e);
                Set<String> names = RecordKeys.names(e);
                String key = keys.get(e.id());
                out.add(RowFactory.create(p.ord(), key, idOf(key), e.name() == null ? norm : e.name(), RecordKeys.type(e),
                        blankToNull(e.country()), blankToNull(e.sector()), blankToNull(e.kb()), article,
                        (long) Math.max(1, e.mentions().size()), names.toArray(new String[0])));
            }
            return out;
        });
    }

    private static Iterator<Row> eventFacts(Iterator<Row> rows) {
        return flat(rows, p -> {
            List<Row> out = new ArrayList<>();
            Article a = p.record().article();
            String articleDay = RecordKeys.dayOf(a.published());
            for (Event v : p.record().events()) {
                List<Long> sources = RecordKeys.actors(v.source(), p.actorOf());
                List<Long> targets = RecordKeys.actors(v.target(), p.actorOf());
                Long location = v.location() == null ? null : p.actorOf().get(v.location());
                RecordKeys.EventKey k = RecordKeys.eventKey(v, sources, targets, location, articleDay, a.id());
                Entity place = v.location() == null ? null : p.entityOf().get(v.location());
                dev.newsgraph.model.Geo geo = place == null ? null : place.geo();
                out.add(RowFactory.create(p.ord(), k.key(), idOf(k.key()), k.date(), k.day(), k.precision(),
                        v.type().name(), v.mode(), ids(sources), names(v.source(), p), ids(targets), names(v.target(), p),
                        location, place == null ? null : place.name(), geo == null ? null : geo.lat(),
                        geo == null ? null : geo.lon(), geo == null ? null : geo.country(),
                        geo == null ? null : geo.precision(), geo == null ? null : geo.geonames(), a.id(), a.url(), a.source(), a.published(), v.id(),
                        v.modality() == null ? null : v.modality().code(), v.confidence(),
                        v.evidence() == null ? null : v.evidence().text()));
            }
            return out;
        });
    }

    private static Iterator<Row> quoteFacts(Iterator<Row> rows) {
        return flat(rows, p -> {
            List<Row> out = new ArrayList<>();
            Article a = p.record().article();
            for (Quote q : p.record().speech()) {
                Entity speaker = q.speaker() == null ? null : p.entityOf().get(q.speaker());
                out.add(RowFactory.create(p.ord(), a.id(), a.published(), speaker == null ? null : p.actorOf().get(q.speaker()),
                        speaker == null ? null : speaker.name(), q.text(), q.kind() == null ? null : q.kind().code(),
                        q.cue(), q.channel(), a.url()));
            }
            return out;
        });
    }

    /** Each row's facts in turn. */
    private static Iterator<Row> flat(Iterator<Row> rows, java.util.function.Function<Parsed, List<Row>> facts) {
        return MappedIterator.flat(rows, row -> facts.apply(Parsed.of(row)));
    }

    private static String ids(List<Long> actors) {
        return actors.stream().map(String::valueOf).collect(Collectors.joining(" "));
    }

    /** The names of an event's actors, once each actor, as its article gives them. */
    private static String names(List<String> local, Parsed p) {
        List<Long> seen = new ArrayList<>();
        List<String> out = new ArrayList<>();
        for (String id : local) {
            Long actor = p.actorOf().get(id);
            if (actor != null && !seen.contains(actor)) {
                seen.add(actor);
                out.add(p.entityOf().get(id).name());
            }
        }
        return String.join("; ", out);
    }

    /** A stable positive 63-bit id of a key: the first eight bytes of its SHA-256. */
    static long idOf(String key) {
        try {
            byte[] h = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            long v = 0;
            for (int i = 0; i < 8; i++) {
                v = (v << 8) | (h[i] & 0xff);
            }
            return v & Long.MAX_VALUE;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
