package dev.newsgraph.cli.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;

    /** A record holding the article as read and cleaned, and nothing else. */
    private static JsonNode articleOnly(Article a) {
        ObjectNode r = JSON.createObjectNode();
        r.putObject("article").put("text", a.text()).put("published", a.published());
        return r;
    }

    /**
     * Two gold files written here, each naming its own input and publication date: the articles are
     * read and cleaned by the real reading path, analysed with their gold dates, and scored in name
     * order, a line each with the gold events that no record event fits.
     */
    @Test
    void goldFilesAreReadCleanedAndScoredWithTheirOwnDates() throws Exception {
        Path gold = Files.createDirectories(tmp.resolve("gold"));
        Files.createDirectories(tmp.resolve("corpus"));
        Files.writeString(tmp.resolve("corpus/port.txt"), "Strike shuts port of Rotterdam\n\n"
                + "Dock workers walked out on Monday, closing the port of Rotterdam, union leader Jan de Vries said.\n"
                + "\"We will not go back without a contract,\" de Vries told reporters.\n"
                + "Share this:\n");
        Files.writeString(gold.resolve("b-port.json"), """
                {"input": "corpus/port.txt", "published": "2024-03-06",
                 "not_in_text": ["Share this:"],
                 "entities": [{"name": "Jan de Vries", "type": "PERSON", "aliases": ["de Vries"]}],
                 "quotes": [{"text": "We will not go back without a contract,", "speaker": "Jan de Vries"}],
                 "events": [{"type": "PROTEST", "source": ["dock workers"], "target": [], "target_optional": true,
                             "evidence": "Dock workers walked out on Monday, closing the port of Rotterdam"}]}
                """);
        Files.writeString(tmp.resolve("corpus/vote.txt"), "Lima lawmakers reject motion\n\n"
                + "Peru's Congress rejected a motion to remove the president on Thursday.\n");
        Files.writeString(gold.resolve("a-vote.json"), """
                {"input": "corpus/vote.txt", "published": "2017-12-21",
                 "entities": [{"name": "Congress", "type": "ORGANIZATION"}]}
                """);
        List<String> published = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        GoldEvaluation run = new GoldEvaluation(a -> {
            published.add(a.published());
            texts.add(a.text());
            return articleOnly(a);
        });
        ByteArrayOutputStream lines = new ByteArrayOutputStream();
        ScoreReport report = run.run(gold, tmp, new PrintStream(lines, true, StandardCharsets.UTF_8), System.err);
        assertEquals(2, report.articles());
        assertEquals(0, run.problems());
        assertEquals(List.of("2017-12-21", "2024-03-06"), published, "gold files in name order, each with its date");
        assertTrue(texts.get(1).contains("Dock workers walked out") && !texts.get(1).contains("Share this"), texts.get(1));
        Map<String, Double> sum = report.summary();
        assertEquals(1.0, sum.get("cleanup"), "the footer is cut by the real reading path");
        assertEquals(0.0, sum.get("persons_recall"), "a record without entities finds no one");
        String out = lines.toString(StandardCharsets.UTF_8);
        assertTrue(out.startsWith("a-vote: persons F1 "), out);
        assertTrue(out.contains("b-port: persons F1 0.00 | quotes found 0/1, speaker right 0/1"), out);
        assertTrue(out.contains("   missed PROTEST: Dock workers walked out on Monday, closing the port of Rotte"), out);
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
