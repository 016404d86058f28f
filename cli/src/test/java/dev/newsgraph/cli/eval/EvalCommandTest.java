package dev.newsgraph.cli.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.newsgraph.cli.ExitCodes;
import dev.newsgraph.cli.Newsgraph;
import dev.newsgraph.model.Article;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvalCommandTest {
    private static final Path GOLD = Path.of("../../shared/gold");
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;

    /** A record holding the article as read and cleaned, and nothing else. */
    private static JsonNode articleOnly(Article a) {
        ObjectNode r = JSON.createObjectNode();
        r.putObject("article").put("text", a.text()).put("published", a.published());
        return r;
    }

    @Test
    void theDevelopmentSetIsReadCleanedAndScoredWithTheGoldDates() throws Exception {
        assumeTrue(Files.isDirectory(GOLD), "shared gold folder not present");
        List<String> published = new ArrayList<>();
        GoldEvaluation run = new GoldEvaluation(a -> {
            published.add(a.published());
            return articleOnly(a);
        });
        ByteArrayOutputStream lines = new ByteArrayOutputStream();
        ScoreReport report = run.run(GOLD, GOLD.getParent(), new PrintStream(lines, true, StandardCharsets.UTF_8),
                System.err);
        assertEquals(5, report.articles());
        assertEquals(0, run.problems());
        assertEquals(List.of("2017-12-30", "2017-12-25", "2017-12-23", "2017-10-31", "2025-04-11"), published);
        Map<String, Double> sum = report.summary();
        assertEquals(1.0, sum.get("cleanup"), "the seed's teaser and footer are cut by the real reading path");
        assertEquals(0.0, sum.get("persons_recall"));
        String out = lines.toString(StandardCharsets.UTF_8);
        assertTrue(out.startsWith("fbi-australian-tipoff: persons F1 0.00 | quotes found 0/2"), out);
        assertTrue(out.contains("seed-witkoff-putin: persons F1 0.00 | quotes found 0/21, speaker right 0/21"), out);
        assertTrue(out.contains("   missed CONSULT: US envoy Steve Witkoff met with Vladimir Putin in St Petersb"), out);
    }

    @Test
    void aMissingInputOrABadGoldFileIsALineNotACrash() throws Exception {
        Path gold = Files.createDirectories(tmp.resolve("gold"));
        Files.writeString(gold.resolve("a-missing.json"), "{\"input\": \"corpus/nowhere.txt\", \"published\": \"2025-01-01\","
                + " \"not_in_text\": [\"Share this\"], \"entities\": [{\"name\": \"Ann Lee\", \"type\": \"PERSON\"}]}");
        Files.writeString(gold.resolve("b-broken.json"), "{not json");
        Files.createDirectories(tmp.resolve("corpus"));
        Files.writeString(tmp.resolve("corpus/c.txt"), "Lee wins the race\nAnn Lee won the race on Sunday, "
                + "officials said.\nShare this");
        Files.writeString(gold.resolve("c-ok.json"), "{\"input\": \"corpus/c.txt\", \"published\": \"2025-01-01\","
                + " \"not_in_text\": [\"Share this\"]}");
        GoldEvaluation run = new GoldEvaluation(EvalCommandTest::articleOnly);
        ByteArrayOutputStream lines = new ByteArrayOutputStream();
        ByteArrayOutputStream messages = new ByteArrayOutputStream();
        ScoreReport report = run.run(gold, tmp, new PrintStream(lines, true, StandardCharsets.UTF_8),
                new PrintStream(messages, true, StandardCharsets.UTF_8));
        String out = lines.toString(StandardCharsets.UTF_8);
        assertTrue(out.startsWith("a-missing: no usable record ("), out);
        assertTrue(out.contains("nowhere.txt"), out);
        assertTrue(messages.toString(StandardCharsets.UTF_8).contains("b-broken.json: not a gold file"));
        assertTrue(out.contains("c-ok: persons F1 1.00 | quotes found -, speaker right - | events P 1.00 R 1.00 F1 1.00,"
                + " dates - | times - | money - | cleanup 1/1"), out);
        assertEquals(2, report.articles());
        assertEquals(2, run.problems());
        assertEquals(0.0, report.summary().get("persons_recall"));
    }

    @Test
    void usageErrorsAreExitCodes() {
        assertEquals(ExitCodes.USAGE, Newsgraph.run("eval"));
        assertEquals(ExitCodes.BAD_INPUT, Newsgraph.run("eval", "--gold-dir", tmp.resolve("none").toString()));
        assertEquals(ExitCodes.USAGE, Newsgraph.run("eval", "--gold-dir", tmp.toString(), "--format", "xml"));
    }
}
