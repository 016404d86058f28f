package dev.newsgraph.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsgraph.model.Article;
import dev.newsgraph.reading.InputReader;
import dev.newsgraph.reading.ReadResult;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The newsgraph pipeline timed on three short articles written for the test (one to warm up). */
class PipelineMeterTest {
    private static PipelineFigures figures;
    private static List<Article> articles;

    @BeforeAll
    static void measure() throws Exception {
        try (Stream<ReadResult> items = new InputReader().read(fixture(), null)) {
            articles = items.filter(ReadResult::ok).map(ReadResult::article).toList();
        }
        figures = PipelineMeter.measure(articles.subList(0, 1), articles.subList(1, 3));
    }

    static Path fixture() throws Exception {
        return Path.of(PipelineMeterTest.class.getClassLoader().getResource("fixtures/articles.jsonl").toURI());
    }

    @Test
    void timesEveryStageInPipelineOrder() {
        assertEquals(List.of("linguistics", "linguistics/tokenize,ssplit", "linguistics/pos,lemma", "linguistics/ner",
                "linguistics/depparse", "times", "quantities", "entities", "places", "quotes", "speaker-mentions",
                "events"),
                List.copyOf(figures.stageMillis().keySet()));
        double stageSum = figures.stageMillis().entrySet().stream().filter(e -> !e.getKey().contains("/"))
                .mapToDouble(Map.Entry::getValue).sum();
        double wallMillis = figures.wallSeconds() * 1000 / figures.articles();
        assertTrue(stageSum > 0 && stageSum <= wallMillis * 1.01, stageSum + " ms of stages in " + wallMillis + " ms");
        double parts = figures.stageMillis().entrySet().stream().filter(e -> e.getKey().startsWith("linguistics/"))
                .mapToDouble(Map.Entry::getValue).sum();
        double linguistics = figures.stageMillis().get("linguistics");
        assertTrue(parts > 0 && parts <= linguistics * 1.01, parts + " ms of parts in " + linguistics + " ms of linguistics");
        assertTrue(figures.stageMillis().get("linguistics/depparse") > 0);
    }

    @Test
    void countsTheTimedArticlesAndTheirLength() {
        assertEquals(2, figures.articles());
        assertEquals(1, figures.warmup());
        assertEquals(articles.get(1).text().length() + articles.get(2).text().length(), figures.chars());
        assertTrue(figures.articlesPerSecond() > 0 && figures.cpuSeconds() > 0);
    }

    @Test
    void memoryFiguresAreThoseOfALoadedPipeline() {
        assertTrue(figures.liveHeapBytes() > 50L * 1024 * 1024, "models stay live: " + figures.liveHeapBytes());
        assertTrue(figures.peakHeapBytes() >= figures.liveHeapBytes() / 2);
        assertTrue(figures.peakRssBytes() > figures.liveHeapBytes(), "the resident set holds the heap");
    }
}
