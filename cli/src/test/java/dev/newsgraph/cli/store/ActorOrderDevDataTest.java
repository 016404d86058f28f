package dev.newsgraph.cli.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newsgraph.analysis.Analyzer;
import dev.newsgraph.model.Article;
import dev.newsgraph.model.StoryRecord;
import dev.newsgraph.store.ActorRow;
import dev.newsgraph.store.QueryFilter;
import dev.newsgraph.store.Store;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * At the scale of real news: the 25 gold articles of the development data, analysed once, stored
 * in a real SQLite store forward and in reverse, make the same actor table, row for row (ids
 * aside). Skipped where the development data is not beside the project (see the parent pom).
 * Figures in docs/store.md, "Linking actors".
 */
class ActorOrderDevDataTest {
    private static final Path SHARED = Path.of(System.getProperty("newsgraph.devdata", "missing"));

    @TempDir
    Path tmp;

    @Test
    void theGoldArticlesMakeTheSameActorsForwardAndInReverse() throws Exception {
        Path gold = SHARED.resolve("gold");
        assumeTrue(Files.isDirectory(gold), "the development data is not beside the project");
        List<Path> files;
        try (Stream<Path> s = Files.list(gold)) {
            files = s.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
        ObjectMapper json = new ObjectMapper();
        List<StoryRecord> records = new ArrayList<>();
        for (Path g : files) {
            JsonNode d = json.readTree(g.toFile());
            String text = Files.readString(SHARED.resolve(d.get("input").asText()), StandardCharsets.UTF_8);
            String id = g.getFileName().toString().replace(".json", "");
            String published = d.hasNonNull("published") ? d.get("published").asText() : null;
            records.add(Analyzer.shared().analyze(new Article(id, null, null, null, published, "en", text, List.of())));
        }
        List<StoryRecord> reverse = new ArrayList<>(records);
        Collections.reverse(reverse);
        List<String> forward = table(records, tmp.resolve("forward"));
        List<String> backward = table(reverse, tmp.resolve("reverse"));
        assertTrue(forward.size() > 100, "actors: " + forward.size());
        assertEquals(forward, backward);
        System.out.println(records.size() + " gold articles: " + forward.size() + " actor rows forward and reverse");
    }

    /** The actor table of a store filled in this order: every column but the id, sorted. */
    private static List<String> table(List<StoryRecord> order, Path where) {
        List<String> rows = new ArrayList<>();
        try (Store store = Store.open(where.toString(), true)) {
            order.forEach(store::put);
            store.entities(QueryFilter.all().withLimit(1_000_000), (ActorRow a) -> rows.add(String.join(" | ", a.name(),
                    a.type(), String.valueOf(a.country()), String.valueOf(a.sector()), String.valueOf(a.kb()),
                    a.names().toString(), String.valueOf(a.articles()), String.valueOf(a.mentions()))));
        }
        rows.sort(null);
        return rows;
    }
}
