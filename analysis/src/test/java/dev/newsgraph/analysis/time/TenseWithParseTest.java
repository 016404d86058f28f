package dev.newsgraph.analysis.time;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.newsgraph.analysis.linguistics.CoreNlpParser;
import dev.newsgraph.model.TimeExpression;
import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The direction of a day name read from CoreNLP's parse of sentences written for this test.
 * Anchor: Wednesday 9 April 2025.
 */
class TenseWithParseTest {
    static final CoreNlpParser PARSER = new CoreNlpParser(CoreNlpParser.Settings.defaults());
    static final TimeAnchor TIMES = TimeAnchor.create();
    static final LocalDate WEDNESDAY = LocalDate.of(2025, 4, 9);

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Foreign ministers met in Brussels on Friday to discuss the plan.                      | Friday   | 2025-04-04
            Foreign ministers will meet in Brussels on Friday to discuss the plan.                | Friday   | 2025-04-11
            The vote is scheduled for Friday, a spokesman said.                                   | Friday   | 2025-04-11
            The envoy is travelling to Moscow on Friday for talks with Putin.                     | Friday   | 2025-04-11
            He said on Monday that the government plans to publish the report on Friday.          | Monday   | 2025-04-07
            He said on Monday that the government plans to publish the report on Friday.          | Friday   | 2025-04-11
            The report, which was published on Friday, found no evidence of fraud.                | Friday   | 2025-04-04
            A court has ordered his release, and he is expected to leave prison on Thursday.      | Thursday | 2025-04-10
            Before the vote on Tuesday, the minister warned of a crisis.                          | Tuesday  | 2025-04-08
            """)
    void dayNamesFollowTheTenseOfTheirClause(String sentence, String expr, String value) {
        TimeExpression t = TIMES.find(sentence, WEDNESDAY, PARSER.parse(sentence)).stream()
                .filter(x -> x.text().equals(expr)).findFirst().orElseThrow();
        assertEquals(value, t.value());
    }
}
