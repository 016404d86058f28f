package dev.newsgraph.cli.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The port against the reference: for each development gold file, a record is made from the gold
 * itself with deterministic damage (entities dropped or renamed to an alias, quotes cut short or
 * given to another speaker, events with roles swapped, dropped or moved to another country's
 * actor, times and amounts off by a little), then scored by {@code score.py} and by GoldScorer;
 * the printed lines and the totals must be the same. Skipped where python3 is not on the PATH.
 */
class GoldScorerAgreesWithScorePyTest {
    /** The development data (scorer and gold), where a developer's checkout has it: see the parent pom. */
    private static final Path SHARED = Path.of(System.getProperty("newsgraph.devdata", "missing"));
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;

    @Test
    void scoresAndLinesMatchTheReferenceScorer() throws Exception {
        Path scorePy = SHARED.resolve("tools/score.py");
        assumeTrue(Files.isRegularFile(scorePy), "the development data (reference scorer and gold) is not beside the project");
        assumeTrue(python(), "python3 not on the PATH");
        List<Path> golds;
        try (Stream<Path> s = Files.list(SHARED.resolve("gold"))) {
            golds = s.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
        assertTrue(golds.size() >= 5);
        ScoreReport all = new ScoreReport();
        for (Path g : golds) {
            JsonNode gold = JSON.readTree(g.toFile());
            String raw = Files.readString(SHARED.resolve(gold.get("input").asText()), StandardCharsets.UTF_8);
            JsonNode record = damagedRecord(gold, raw);
            Path rec = tmp.resolve(g.getFileName());
            JSON.writeValue(rec.toFile(), record);

            List<String> py = run("python3", scorePy.toString(), g.toString(), rec.toString(), "--json");
            ArticleScore score = new GoldScorer().score(gold, record);
            ScoreReport one = new ScoreReport();
            one.add(score);
            all.add(score);
            String name = g.getFileName().toString().replace(".json", "");
            List<String> mine = new ArrayList<>(ScoreReport.lines(name, score).lines().toList());
            mine.add(one.totalLine());
            assertEquals(String.join("\n", py.subList(0, py.size() - 1)), String.join("\n", mine), g.toString());
            Map<?, ?> pyTotals = JSON.readValue(py.get(py.size() - 1), Map.class);
            assertEquals(pyTotals.toString(), one.summary().toString(), g.toString());
        }
        // the damage must leave scores between nothing and everything, or the comparison proves little
        Map<String, Double> sum = all.summary();
        for (String k : List.of("persons_f1", "quote_attribution", "events_f1", "times", "money")) {
            assertTrue(sum.get(k) > 0.2 && sum.get(k) < 0.95, k + " = " + sum.get(k));
        }
        // and the totals over all five files agree too
        Path recDir = tmp;
        List<String> py = run("python3", scorePy.toString(), "--gold-dir", SHARED.resolve("gold").toString(),
                "--record-dir", recDir.toString(), "--json");
        assertEquals(all.totalLine(), py.get(py.size() - 2));
    }

    /** A record from the gold, damaged in a different way for every n-th item. */
    static JsonNode damagedRecord(JsonNode gold, String text) {
        ObjectNode r = JSON.createObjectNode();
        r.put("format", "newsgraph/1");
        r.putObject("article").put("text", text);
        ArrayNode ents = r.putArray("entities");
        Map<String, String> ids = new java.util.HashMap<>();
        int i = 0;
        for (JsonNode g : gold.path("entities")) {
            i++;
            String name = g.get("name").asText();
            if (i % 5 == 0) {
                continue; // dropped
            }
            ObjectNode e = ents.addObject();
            e.put("id", "E" + i);
            JsonNode aliases = g.path("aliases");
            e.put("name", i % 4 == 0 && aliases.size() > 0 ? aliases.get(0).asText().toUpperCase() : name);
            e.put("type", i % 7 == 0 ? "PERSON" : g.get("type").asText());
            if (g.hasNonNull("country")) {
                e.put("country", g.get("country").asText());
            }
            ids.put(name, "E" + i);
        }
        ents.addObject().put("id", "X1").put("name", "Somebody Else").put("type", "PERSON");
        ents.addObject().put("id", "X2").put("name", "Some Ministry").put("type", "ORGANIZATION").put("country", "RUS");
        ArrayNode quotes = r.putArray("quotes");
        i = 0;
        for (JsonNode q : gold.path("quotes")) {
            i++;
            String t = q.get("text").asText();
            String[] words = t.split(" ");
            ObjectNode o = quotes.addObject();
            o.put("text", i % 3 == 0 ? String.join(" ", java.util.Arrays.copyOf(words, Math.max(1, words.length / 3)))
                    : i % 2 == 0 ? t.substring(0, t.length() * 3 / 4) : t);
            o.put("speaker", i % 4 == 0 ? "X1" : ids.getOrDefault(q.get("speaker").asText(), "E0"));
        }
        ArrayNode events = r.putArray("events");
        i = 0;
        for (JsonNode ge : gold.path("events")) {
            i++;
            if (i % 6 == 0) {
                continue;
            }
            ObjectNode e = events.addObject();
            e.put("type", i % 5 == 0 && ge.has("alt_types") ? ge.get("alt_types").get(0).asText() : ge.get("type").asText());
            ArrayNode src = e.putArray(i % 4 == 0 ? "target" : "source");
            ArrayNode tgt = e.putArray(i % 4 == 0 ? "source" : "target");
            boolean elsewhere = i % 7 == 0;
            ge.path("source").forEach(n -> src.add(elsewhere ? "X2" : ids.getOrDefault(n.asText(), "E0")));
            ge.path("target").forEach(n -> tgt.add(ids.getOrDefault(n.asText(), "E0")));
            if (ge.has("date")) {
                e.putObject("date").put("value", i % 3 == 0 ? ge.get("date").asText() + "-01" : ge.get("date").asText());
            }
            if (ge.has("killed")) {
                e.putArray("quantities").addObject().put("kind", "killed").put("value", ge.get("killed").asInt() + i % 2);
            }
            e.putObject("evidence").put("text", ge.path("evidence").asText());
        }
        ArrayNode times = r.putArray("times");
        i = 0;
        for (JsonNode t : gold.path("times")) {
            i++;
            String v = t.get("value").asText();
            times.addObject().put("text", i % 3 == 0 ? "since " + t.get("text").asText() : t.get("text").asText())
                    .put("value", i % 4 == 0 ? v + "TMO" : i % 5 == 0 ? v + "-01-01" : i % 6 == 0 ? "PRESENT_REF" : v);
        }
        ArrayNode amounts = r.putArray("quantities");
        i = 0;
        for (JsonNode q : gold.path("quantities")) {
            i++;
            ObjectNode o = amounts.addObject();
            o.put("text", q.get("text").asText());
            o.set("value", i % 3 == 0 ? JSON.getNodeFactory().numberNode(q.get("value").asDouble() + 1) : q.get("value"));
            o.put("unit", i % 4 == 0 ? "XXX" : q.get("unit").asText());
        }
        return r;
    }

    private static boolean python() {
        try {
            return new ProcessBuilder("python3", "--version").redirectErrorStream(true).start().waitFor() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }

    private static List<String> run(String... cmd) throws Exception {
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue(), out);
        return out.lines().toList();
    }
}
