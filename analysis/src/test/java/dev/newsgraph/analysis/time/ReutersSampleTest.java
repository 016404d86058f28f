package dev.newsgraph.analysis.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newsgraph.analysis.quantity.CurrencyTable;
import dev.newsgraph.analysis.quantity.QuantityReader;
import dev.newsgraph.model.Quantity;
import dev.newsgraph.model.QuantityKind;
import dev.newsgraph.model.TimeExpression;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Both stages over the 971 Reuters reports of the development data's corpus (texts no
 * rule was written for), without CoreNLP: nothing throws, every offset points at its text, every
 * value is well-formed TIMEX3, every currency a real ISO 4217 code. Skipped where the development
 * data (system property {@code newsgraph.devdata}, set by the parent pom) is not beside the project; {@link TimeExpressionsWellFormedTest} checks the same of times on reports
 * written for it. It counts what it finds but asserts no score: scores are measured by
 * {@code devscore} (docs/accuracy.md).
 */
class ReutersSampleTest {
    @Test
    void everyReportGivesWellFormedTimesAndQuantities() throws Exception {
        Path file = Path.of(System.getProperty("newsgraph.devdata", "missing"), "corpus", "reuters-2017.jsonl");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.exists(file),
                file + " not found (the development data is not beside this clone): skipped");
        ObjectMapper json = new ObjectMapper();
        TimeAnchor times = TimeAnchor.create();
        QuantityReader quantities = QuantityReader.create();
        int articles = 0;
        int nTimes = 0;
        int nMoney = 0;
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            JsonNode j = json.readTree(line);
            String text = j.path("text").asText();
            String pub = j.path("published").asText("");
            LocalDate anchor = pub.length() >= 10 ? LocalDate.parse(pub.substring(0, 10)) : null;
            for (TimeExpression t : times.find(text, anchor, null)) {
                assertEquals(t.text(), text.substring(t.start(), t.end()));
                assertTrue(TimeExpressionsWellFormedTest.TIMEX3.matcher(t.value()).matches(), "bad value " + t);
                nTimes++;
            }
            for (Quantity q : quantities.read(text, null)) {
                assertEquals(q.text(), text.substring(q.start(), q.end()));
                assertTrue(q.value() > 0 && Double.isFinite(q.value()), "bad value " + q);
                if (q.kind() == QuantityKind.MONEY) {
                    assertTrue(CurrencyTable.isIsoCode(q.unit()), "bad currency " + q);
                    nMoney++;
                }
            }
            articles++;
        }
        System.out.printf("%d articles: %d times, %d amounts of money%n", articles, nTimes, nMoney);
    }
}
