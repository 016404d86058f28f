package dev.newsgraph.spark;

import dev.newsgraph.analysis.Analyzer;
import dev.newsgraph.model.Article;
import dev.newsgraph.model.Entity;
import dev.newsgraph.model.RecordCodec;
import dev.newsgraph.model.StoryRecord;
import dev.newsgraph.reading.ReadResult;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * The table the job writes: one row per input item, the article's fields beside the whole record
 * as the JSON {@code analyze --format jsonl} prints, or the reason the item failed.
 */
final class RecordRows {
    /** The Parquet schema (see docs/spark.md). */
    static final StructType SCHEMA = new StructType()
            .add("id", DataTypes.StringType, true)
            .add("url", DataTypes.StringType, true)
            .add("source", DataTypes.StringType, true)
            .add("title", DataTypes.StringType, true)
            .add("published", DataTypes.StringType, true)
            .add("language", DataTypes.StringType, true)
            .add("origin", DataTypes.StringType, false)
            .add("fingerprint", DataTypes.StringType, true)
            .add("entity_keys", DataTypes.createArrayType(DataTypes.StringType), true)
            .add("record", DataTypes.StringType, true)
            .add("error", DataTypes.StringType, true);

    private RecordRows() {
    }

    /** Analyses one read item with the executor's Analyzer; never throws for a bad item. */
    static Row analyse(ReadResult item) {
        if (!item.ok()) {
            return failed(item.origin(), item.error());
        }
        Article a = item.article();
        StoryRecord rec;
        try {
            rec = Analyzer.shared().analyze(a);
        } catch (RuntimeException e) {
            return failed(item.origin(), "analysis failed (" + e + ")");
        }
        List<String> keys = new ArrayList<>();
        for (Entity e : rec.entities()) {
            keys.add(e.type() + "\t" + e.name());
        }
        return RowFactory.create(a.id(), a.url(), a.source(), a.title(), a.published(), a.language(), item.origin(),
                TextFingerprint.of(a.text()), keys.toArray(new String[0]), RecordCodec.toJson(rec), null);
    }

    static Row failed(String origin, String error) {
        return RowFactory.create(null, null, null, null, null, null, origin, null, null, null, error);
    }
}
