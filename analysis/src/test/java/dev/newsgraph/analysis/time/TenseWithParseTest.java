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
            The restrictions, which take effect on Thursday, are aimed at the military.           | Thursday | 2025-04-10
            The rules fill in the detail of a policy speech in March, in which he called for change. | March | 2025-03
            He had originally intended to keep his shares after his confirmation in February.     | February | 2025-02
            The ceremony was a prelude to a signing ceremony set for Friday, he added.            | Friday   | 2025-04-11
            The program can lawfully continue through March under the old rules.                 | March    | 2026-03
            Projections were weaker than expected in a Reuters poll in March.                     | March    | 2025-03
            Harlan, who has interviewed Osgood, current Fed Chair Maria Lund and three others for the top central bank job, will announce his decision on Thursday, a White House official said separately. | Thursday | 2025-04-10
            The talks ended on Friday, an official said.                                          | Friday   | 2025-04-04
            Closing arguments were set to begin no earlier than Thursday morning.                 | Thursday morning | 2025-04-10TMO
            He is to resume trading in Paris on Tuesday.                                          | Tuesday  | 2025-04-15
            The governor's term expires in July.                                                  | July     | 2025-07
            Immigration officials gave the relatives until 9 a.m. Tuesday to sign the paper.      | 9 a.m. Tuesday | 2025-04-15T09:00
            The company has scheduled a news conference on Thursday.                              | Thursday | 2025-04-10
            The team planned to leave Nairobi on Thursday for Dar es Salaam.                      | Thursday | 2025-04-10
            Investigators planned to question him on Monday, a spokesman said.                    | Monday   | 2025-04-07
            The bank announced an agreement to buy the insurer in August.                         | August   | 2025-08
            The index closed within 70 points of its record high set on Jan. 6.                   | Jan. 6   | 2025-01-06
            The group agreed to sell its cement unit in August.                                   | August   | 2025-08
            """)
    void dayNamesFollowTheTenseOfTheirClause(String sentence, String expr, String value) {
        TimeExpression t = TIMES.find(sentence, WEDNESDAY, PARSER.parse(sentence)).stream()
                .filter(x -> x.text().equals(expr)).findFirst().orElseThrow();
        assertEquals(value, t.value());
    }
}
