package dev.newsgraph.analysis.quantity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newsgraph.model.Quantity;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Runs the reader over the five development articles and scores money by the rule of
 * spec/scoring.md: a gold amount is found when a quantity whose text holds the gold text has the
 * same value and currency.
 */
class QuantityReaderDevSetTest {
    static final Path SHARED = Path.of("../../shared");
    static final QuantityReader READER = QuantityReader.create();

    @Test
    void findsEveryGoldAmountOfMoney() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isDirectory(SHARED.resolve("gold")), "shared/gold not found");
        ObjectMapper json = new ObjectMapper();
        int right = 0;
        int total = 0;
        List<String> misses = new ArrayList<>();
        List<Path> golds;
        try (Stream<Path> files = Files.list(SHARED.resolve("gold"))) {
            golds = files.filter(f -> f.toString().endsWith(".json")).sorted().toList();
        }
        for (Path p : golds) {
            JsonNode g = json.readTree(p.toFile());
            String text = Files.readString(SHARED.resolve(g.get("input").asText()), StandardCharsets.UTF_8);
            List<Quantity> qs = READER.read(text, null);
            System.out.println(p.getFileName());
            for (Quantity q : qs) {
                System.out.println("   " + q.text() + " | " + q.kind() + " | " + q.value() + " " + q.unit());
            }
            for (JsonNode gq : g.path("quantities")) {
                total++;
                String gt = norm(gq.get("text").asText());
                boolean ok = qs.stream().anyMatch(q -> norm(q.text()).contains(gt) && q.value() == gq.get("value").asDouble()
                        && q.unit().equals(gq.get("unit").asText()));
                if (ok) {
                    right++;
                } else {
                    misses.add(gq.toString());
                }
            }
        }
        System.out.printf("money on the development gold: %d/%d%n", right, total);
        assertEquals(total, right, "missed " + misses);
    }

    /** The folding of tools/score.py's norm(). */
    static String norm(String s) {
        String t = Normalizer.normalize(s, Normalizer.Form.NFKD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT)
                .replace('\u2019', '\'').replace('\u2018', '\'');
        t = t.replaceAll("[\"\u201c\u201d.,;:!?()\\[\\]]", " ").replaceAll("'s\\b", "").replaceAll("\\s+", " ").strip();
        return t.replaceFirst("^(the|a|an) ", "");
    }
}
