package dev.newsgraph.analysis;

import dev.newsgraph.model.Article;
import dev.newsgraph.model.Entity;
import dev.newsgraph.model.EntityType;
import dev.newsgraph.model.RecordSchemaCheck;
import dev.newsgraph.model.StoryRecord;
import java.util.List;

/** One analyzer for all tests (models load once), and small helpers over records. */
public final class Fixtures {
    private Fixtures() {
    }

    public static Analyzer analyzer() {
        return Analyzer.shared();
    }

    /**
     * The text analysed by the shared pipeline's stages up to, not including, the one named
     * {@code before}: the document as that stage sees it.
     */
    public static dev.newsgraph.analysis.document.Document documentBefore(String before, String text, String published) {
        var doc = new dev.newsgraph.analysis.document.Document(
                new Article("test", null, null, null, published, "en", text, List.of()), java.time.LocalDate.parse(published));
        for (var stage : analyzer().stages()) {
            if (stage.name().equals(before)) {
                return doc;
            }
            stage.apply(doc);
        }
        throw new IllegalArgumentException("no stage named " + before);
    }

    public static StoryRecord analyze(String text, String published) {
        return RecordSchemaCheck.assertValid(
                analyzer().analyze(new Article("test", null, null, null, published, "en", text, List.of())));
    }

    public static Entity entityNamed(StoryRecord r, String name) {
        return r.entities().stream().filter(e -> e.name().equals(name) || e.aliases().contains(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no entity " + name + " in " + r.entities().stream()
                        .map(Entity::name).toList()));
    }

    public static List<Entity> ofType(StoryRecord r, EntityType type) {
        return r.entities().stream().filter(e -> e.type() == type).toList();
    }

    public static String speakerOf(StoryRecord r, String quoteStart) {
        var q = r.speech().stream().filter(x -> x.text().startsWith(quoteStart)).findFirst()
                .orElseThrow(() -> new AssertionError("no quote " + quoteStart));
        if (q.speaker() == null) {
            return null;
        }
        return r.entities().stream().filter(e -> e.id().equals(q.speaker())).findFirst().orElseThrow().name();
    }
}
