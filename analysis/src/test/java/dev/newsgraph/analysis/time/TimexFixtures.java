package dev.newsgraph.analysis.time;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsgraph.model.TimeExpression;
import java.time.LocalDate;
import java.util.List;

/**
 * Helpers for the tests on short texts written for them: the tagger without CoreNLP (its own rough
 * sentence split, tense from tense words), anchored by default on Friday 11 April 2025.
 */
final class TimexFixtures {
    static final TimeAnchor TIMES = TimeAnchor.create();
    static final TimeLexicon LEXICON = TimeLexicon.defaults();
    static final LocalDate FRIDAY = LocalDate.of(2025, 4, 11);

    private TimexFixtures() {
    }

    static List<TimeExpression> find(String text, LocalDate anchor) {
        return TIMES.find(text, anchor, null);
    }

    /** The one expression whose text is {@code expr}. */
    static TimeExpression the(String text, String expr, LocalDate anchor) {
        List<TimeExpression> all = find(text, anchor);
        return all.stream().filter(t -> t.text().equals(expr)).findFirst()
                .orElseThrow(() -> new AssertionError("no \"" + expr + "\" in " + all));
    }

    /** That no expression found in {@code text} (published on {@link #FRIDAY}) overlaps the first {@code words}. */
    static void assertNone(String text, String words) {
        int s = text.indexOf(words);
        int e = s + words.length();
        List<TimeExpression> hits = find(text, FRIDAY).stream().filter(t -> t.start() < e && t.end() > s).toList();
        assertTrue(hits.isEmpty(), "found " + hits + " in \"" + text + "\"");
    }
}
