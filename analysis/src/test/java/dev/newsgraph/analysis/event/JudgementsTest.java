package dev.newsgraph.analysis.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

class JudgementsTest {

    @Test
    void theShippedListKnowsStrongJudgementsByWordOrLemmaAndNothingElse() {
        Judgements j = Judgements.shipped();
        assertTrue(j.valence("disaster", "disaster") <= -3, "disaster");
        assertTrue(j.valence("Wasted", "waste") < -2, "an inflected form, any case");
        assertEquals(0, j.valence("meeting", "meeting"));
        assertEquals(0, j.valence(":(", ":("), "emoticons were left out");
    }

    @Test
    void aBadLineNamesItsPlace() throws Exception {
        var e = assertThrows(IllegalArgumentException.class, () -> Judgements.parse(
                new BufferedReader(new StringReader("# comment\ndisaster\t-3.1\nwasted minus two\n")), "my-words.tsv"));
        assertTrue(e.getMessage().startsWith("my-words.tsv:3:"), e.getMessage());
    }
}
