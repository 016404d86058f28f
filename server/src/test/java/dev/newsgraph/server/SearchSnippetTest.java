package dev.newsgraph.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsgraph.model.Provenance;
import dev.newsgraph.model.StoryRecord;
import dev.newsgraph.store.Store;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The search page highlights the searched words alone, whatever brackets (or other would-be
 * markers) the article's own text holds: a real store searched, the real page rendered.
 */
class SearchSnippetTest {
    @TempDir
    Path dir;

    @Test
    void bracketsInTheTextNeitherOpenNorCloseAHighlight() {
        String text = "Officials said [the ferry] was late]] and [[ the harbour stayed ] shut while the ferry"
                + " waited [ at the quay.";
        try (Store store = Store.open(dir.toString(), true)) {
            store.put(StoryRecord.of(FixtureStore.article("https://news.example.org/ferry", "Wire", "Ferry late",
                    "2025-05-01", text), new Provenance("test", List.of("test"), Map.of())));
        }
        String html;
        try (StorePool pool = new StorePool(dir.toString(), "requests", 1, java.time.Duration.ofSeconds(5), java.time.Duration.ZERO)) {
            StoreQueries.Found found = new StoreQueries(pool, pool).search("ferry", 5, 5, 5);
            html = new Templates().render("search", new PageViews.Search("ferry", found));
        }
        Matcher marks = Pattern.compile("<mark>(.*?)</mark>").matcher(html);
        int n = 0;
        while (marks.find()) {
            assertEquals("ferry", marks.group(1).toLowerCase(), html);
            n++;
        }
        assertTrue(n >= 1, html);
        assertTrue(html.contains("[the <mark>ferry</mark>] was late]] and [[ the harbour"), html);
    }
}
