package dev.newsgraph.analysis.time;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.newsgraph.analysis.document.Document;
import dev.newsgraph.analysis.linguistics.CoreNlpParser;
import dev.newsgraph.analysis.linguistics.LinguisticStage;
import dev.newsgraph.model.Article;
import dev.newsgraph.model.TimeExpression;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Runs the stage, after the real linguistic stage, over the five development articles and scores
 * the times by the rule of spec/scoring.md (gold text inside a record time's text, same-text pairs
 * first; the value starts with the gold value and has at most three characters more).
 */
class TimeAnchorDevSetTest {
    static final LinguisticStage LINGUISTICS = new LinguisticStage(new CoreNlpParser(CoreNlpParser.Settings.defaults()));
    static final TimeAnchor TIMES = TimeAnchor.create();

    @Test
    void scoresAtLeastNinetyPercentOnTheDevelopmentGold() throws Exception {
        int right = 0;
        int total = 0;
        for (DevGold g : DevGold.all()) {
            Document doc = new Document(new Article("x", null, null, null, g.published(), "en", g.text(), List.of()),
                    LocalDate.parse(g.published().substring(0, 10)));
            LINGUISTICS.apply(doc);
            TIMES.apply(doc);
            List<TimeExpression> st = doc.times();
            Set<Integer> used = new HashSet<>();
            List<String> misses = new ArrayList<>();
            for (JsonNode t : g.gold().path("times")) {
                String gt = DevGold.norm(t.get("text").asText());
                String gv = t.get("value").asText();
                total++;
                List<Integer> order = new ArrayList<>();
                for (int k = 0; k < st.size(); k++) {
                    if (DevGold.norm(st.get(k).text()).equals(gt)) {
                        order.add(k);
                    }
                }
                for (int k = 0; k < st.size(); k++) {
                    if (!order.contains(k)) {
                        order.add(k);
                    }
                }
                boolean ok = false;
                String got = "none";
                for (int k : order) {
                    if (!used.contains(k) && DevGold.norm(st.get(k).text()).contains(gt)) {
                        used.add(k);
                        String v = st.get(k).value();
                        ok = v.startsWith(gv) && v.length() - gv.length() <= 3;
                        got = st.get(k).text() + "=" + v;
                        break;
                    }
                }
                if (ok) {
                    right++;
                } else {
                    misses.add(t.get("text").asText() + " gold " + gv + " got " + got);
                }
            }
            System.out.println(g.name() + ": " + st.size() + " times; missed " + misses);
            for (TimeExpression t : st) {
                System.out.println("   " + t.text() + " | " + t.type() + " | " + t.value());
            }
        }
        double score = (double) right / total;
        System.out.printf("times on the development gold: %d/%d = %.3f%n", right, total, score);
        assertTrue(score >= 0.9, "times score " + score + " is below 0.9");
    }
}
