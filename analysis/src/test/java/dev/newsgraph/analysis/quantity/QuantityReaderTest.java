package dev.newsgraph.analysis.quantity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsgraph.model.Quantity;
import dev.newsgraph.model.QuantityKind;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The reader on sentences written for these tests, without CoreNLP. */
class QuantityReaderTest {
    static final QuantityReader READER = QuantityReader.create();

    static Quantity the(String text, String expr) {
        List<Quantity> all = READER.read(text, null);
        return all.stream().filter(q -> q.text().equals(expr)).findFirst()
                .orElseThrow(() -> new AssertionError("no \"" + expr + "\" in " + all));
    }

    @ParameterizedTest(name = "{1} -> {3} {4}")
    @CsvSource(delimiter = '|', textBlock = """
            EU members pledged €21bn in aid.                         | €21bn              | MONEY   | 21000000000   | EUR
            That is about $24bn at today's rate.                     | $24bn              | MONEY   | 24000000000   | USD
            Britain matched it with £18bn.                           | £18bn              | MONEY   | 18000000000   | GBP
            She donated $51 to a charity.                            | $51                | MONEY   | 51            | USD
            The program will cost $1.2 trillion over three decades.  | $1.2 trillion      | MONEY   | 1200000000000 | USD
            The insurer agreed to pay $2.5 billion to settle.         | $2.5 billion       | MONEY   | 2500000000    | USD
            The Pentagon set aside $900 million for the bombers.     | $900 million       | MONEY   | 900000000     | USD
            The company reported a loss of $15.9 million.            | $15.9 million      | MONEY   | 15900000      | USD
            The loan of US$3.5 million was repaid.                   | US$3.5 million     | MONEY   | 3500000       | USD
            Germany will spend 21 billion euros on defence.          | 21 billion euros   | MONEY   | 21000000000   | EUR
            A ticket costs ¥500 in Osaka.                            | ¥500               | MONEY   | 500           | JPY
            The state set aside Rs 40 crore for relief.              | Rs 40 crore        | MONEY   | 400000000     | INR
            Beijing announced a 1.2 trillion yuan stimulus.          | 1.2 trillion yuan  | MONEY   | 1200000000000 | CNY
            The club paid €5m for the striker.                       | €5m                | MONEY   | 5000000       | EUR
            The fund holds CHF 2.5 billion.                          | CHF 2.5 billion    | MONEY   | 2500000000    | CHF
            The fine was nine million dollars.                       | nine million dollars | MONEY | 9000000       | USD
            The attack killed 19 people in the city.                 | 19 people          | COUNT   | 19            | people
            Among the dead were nine children.                       | nine children      | COUNT   | 9             | people
            The floods displaced 1.3 million people last year.      | 1.3 million people | COUNT   | 1300000       | people
            Hundreds of Chinese nationals are fighting there.        | Hundreds of Chinese nationals | COUNT | 200 | people
            Two dozen protesters were detained.                      | Two dozen protesters | COUNT | 24            | people
            Police arrested 12 after the march.                      | 12                 | COUNT   | 12            | people
            At least 30 were killed in the blast.                    | 30                 | COUNT   | 30            | people
            The 49-year-old head of the fund visited.                | 49-year-old        | AGE     | 49            | years
            Robert Strong, 45, a psychologist, said he left it.      | 45                 | AGE     | 45            | years
            The victims included seven-year-olds from the school.    | seven-year-olds    | AGE     | 7             | years
            The suspect, aged 32, was held.                          | aged 32            | AGE     | 32            | years
            Inflation rose to 3.5% in March.                         | 3.5%               | PERCENT | 3.5           | %
            Unemployment fell 12 percent.                            | 12 percent         | PERCENT | 12            | %
            """)
    void readsAmounts(String text, String expr, QuantityKind kind, double value, String unit) {
        Quantity q = the(text, expr);
        assertEquals(kind, q.kind());
        assertEquals(value, q.value(), 1e-6);
        assertEquals(unit, q.unit());
        assertEquals(expr, text.substring(q.start(), q.end()));
    }

    @Test
    void wordsThatLookLikeMoneyButAreNotStayOut() {
        List<Quantity> q = READER.read("The team won 3 games. He weighed 200 pounds. Paris, 12 March. The GOP 5 plan.",
                null);
        assertTrue(q.stream().noneMatch(x -> x.kind() == QuantityKind.MONEY), "found " + q);
    }

    @Test
    void aSingularArticleIsNoCount() {
        List<Quantity> q = READER.read("A man was arrested and an official said a child was hurt.", null);
        assertTrue(q.isEmpty(), "found " + q);
    }

    @Test
    void aCurrencyTableWithAnUnknownCodeIsRejectedWithItsLine() {
        String table = "# test\nsymbol\t$\tUSD\nword\tthalers\tXYZ\n";
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> CurrencyTable.read(
                new ByteArrayInputStream(table.getBytes(StandardCharsets.UTF_8)), "mine.txt"));
        assertTrue(e.getMessage().startsWith("mine.txt:3:"), e.getMessage());
    }

    @Test
    void emptyAndOddTextGivesNothingAndNoError() {
        assertTrue(READER.read("", null).isEmpty());
        assertTrue(READER.read("$ € £ %% ,,, 1e999 $$$", null).isEmpty());
    }
}
