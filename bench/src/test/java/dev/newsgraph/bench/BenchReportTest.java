package dev.newsgraph.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BenchReportTest {
    private static PipelineFigures figures(String name, int articles, long chars, double wall) {
        Map<String, Double> stages = new LinkedHashMap<>();
        stages.put("tokenize", 1.5);
        stages.put("parse", wall * 1000 / articles - 1.5);
        return new PipelineFigures(name, "settings of " + name, articles, 1, chars, 9.5, wall, wall * 0.9,
                700L << 20, 400L << 20, 900L << 20, stages);
    }

    @Test
    void ratiosCompareArticlesAndCharactersPerSecond() {
        // 40 articles of 2,000 chars in 8 s against 3 of 4,000 chars in 33 s
        BenchReport r = new BenchReport(figures("newsgraph", 40, 80_000, 8), figures("corenlp-default", 3, 12_000, 33),
                new ColdStart(4.2, 4.1), List.of("a note"));
        assertEquals((40 / 8.0) / (3 / 33.0), r.ratio(), 1e-9);
        assertEquals((80_000 / 8.0) / (12_000 / 33.0), r.charRatio(), 1e-9);
        assertEquals((40 / 7.2) / (3 / 29.7), r.cpuRatio(), 1e-9);
    }

    @Test
    void jsonCarriesBothPipelinesTheRatioAndTheColdStart() throws Exception {
        BenchReport r = new BenchReport(figures("newsgraph", 40, 80_000, 8), figures("corenlp-default", 3, 12_000, 33),
                new ColdStart(4.2, 4.1), List.of("a note"));
        JsonNode j = BenchReport.parse(r.toJson());
        assertEquals(5.0, j.get("newsgraph").get("articles_per_second").asDouble(), 1e-9);
        assertEquals(Math.round(r.ratio() * 1000) / 1000.0, j.get("ratio_articles_per_second").asDouble(), 1e-9);
        assertEquals(4.2, j.get("cold_start").get("seconds_to_first_record").asDouble(), 1e-9);
        assertEquals("a note", j.get("notes").get(0).asText());
        PipelineFigures back = BenchReport.figuresFromJson(j.get("baseline"));
        assertEquals(r.baseline().stageMillis().keySet(), back.stageMillis().keySet());
        assertEquals(r.baseline().chars(), back.chars());
        assertEquals(r.baseline().peakRssBytes(), back.peakRssBytes());
    }

    @Test
    void tableWithoutBaselineHasNoRatio() {
        BenchReport r = new BenchReport(figures("newsgraph", 40, 80_000, 8), null, null, List.of());
        String t = r.toTable();
        assertTrue(t.contains("articles/s, one thread (wall)") && t.contains("5.000"), t);
        assertFalse(t.contains("speed-up"));
        assertTrue(Double.isNaN(r.ratio()));
        BenchReport withBase = new BenchReport(r.newsgraph(), figures("corenlp-default", 3, 12_000, 33), null, List.of());
        assertTrue(withBase.toTable().contains("speed-up over CoreNLP's default pipeline: 55.0x"), withBase.toTable());
    }
}
