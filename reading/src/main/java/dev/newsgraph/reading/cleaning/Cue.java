package dev.newsgraph.reading.cleaning;

import dev.newsgraph.model.RemovalReason;
import java.util.regex.Pattern;

/**
 * One cue of {@code cues.tsv}: a pattern a whole short line may match, where in the text it
 * counts, and the reason a matching line is cut for.
 *
 * @param maxWords the longest line, in words, the cue may apply to
 */
record Cue(RemovalReason reason, Zone zone, int maxWords, Pattern pattern) {

    /** Where in the text a cue counts. */
    enum Zone {
        HEAD, TAIL, ANY
    }

    boolean matches(String line, int words, Zone where) {
        return words <= maxWords && (zone == Zone.ANY || zone == where) && pattern.matcher(line).matches();
    }
}
