package dev.newsgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.newsgraph.model.RecordCodec;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BenchCommandTest {
    @TempDir
    Path dir;

    @Test
    void badCountsAreUsageErrors() {
        AnalyzeCommandTest.Run r = AnalyzeCommandTest.run("bench", "--articles", "0", "x.txt");
        assertEquals(ExitCodes.USAGE, r.code());
        assertTrue(r.err().contains("--articles"), r.err());
    }

    @Test
    void aMissingInputIsBadInputNamingIt() {
        AnalyzeCommandTest.Run r = AnalyzeCommandTest.run("bench", dir.resolve("nowhere.jsonl").toString());
        assertEquals(ExitCodes.BAD_INPUT, r.code());
        assertTrue(r.err().contains("nowhere.jsonl"), r.err());
        assertTrue(r.out().isEmpty());
    }

    @Test
    void printsTheFiguresAsJson() throws Exception {
        Path p = Files.writeString(dir.resolve("story.txt"), "Ferry service resumes in Gdansk\n\n"
                + "GDANSK (Wire) - Ferries to Sweden sailed again on Friday after a two-day strike, the operator said. "
                + "\"Passengers can travel normally,\" spokesman Piotr Nowak told reporters.\n");
        AnalyzeCommandTest.Run r = AnalyzeCommandTest.run("bench", "--no-cold-start", "--warmup", "0", "--articles",
                "1", "--format", "json", p.toString());
        assertEquals(ExitCodes.DONE, r.code(), r.err());
        JsonNode j = RecordCodec.mapper().readTree(r.out());
        JsonNode ng = j.get("newsgraph");
        assertEquals(1, ng.get("articles").asInt());
        assertTrue(ng.get("articles_per_second").asDouble() > 0);
        assertTrue(ng.get("stage_ms_per_article").has("linguistics"));
        assertFalse(j.has("baseline"));
        assertFalse(j.has("cold_start"));
    }
}
