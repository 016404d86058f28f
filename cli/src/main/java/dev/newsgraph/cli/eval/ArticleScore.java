package dev.newsgraph.cli.eval;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The scores of one record against its gold file: counts (right, out of) per measure, in the
 * order of the reference scorer, and the errors worth a look.
 *
 * @param counts       {@code cleanup}, {@code persons_counts} (tp of record, record persons, tp of
 *                     gold, gold persons), {@code other_entities_recall}, {@code quotes_found},
 *                     {@code quotes_precision}, {@code quote_attribution}, {@code events_counts}
 *                     (as persons), {@code event_dates}, {@code event_casualties}, {@code times},
 *                     {@code money}
 * @param quoteErrors  gold quotes paired with a record quote of another speaker
 * @param eventsMissed required gold events no record event fits ("TYPE: evidence")
 */
public record ArticleScore(Map<String, int[]> counts, List<QuoteError> quoteErrors, List<String> eventsMissed) {

    public ArticleScore {
        counts = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(counts));
        quoteErrors = List.copyOf(quoteErrors);
        eventsMissed = List.copyOf(eventsMissed);
    }

    /** The counts of one measure. */
    public int[] get(String measure) {
        return counts.get(measure).clone();
    }

    /**
     * A gold quote given to the wrong speaker.
     *
     * @param text the start of the gold quote (40 characters)
     * @param got  the record speaker's name, or null
     */
    public record QuoteError(String text, String gold, String got) {
    }
}
