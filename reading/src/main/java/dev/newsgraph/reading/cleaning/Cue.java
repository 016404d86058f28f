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
    /**
     * The longest line, in characters, a cue is tried on. Cues are for short furniture lines; a
     * line of few words can still be megabytes long (a run of spaces or punctuation), and the
     * cue patterns, written for short lines, need not be linear on such runs.
     */
    static final int MAX_CHARS = 1000;

    /** Where in the text a cue counts. */
    enum Zone {
        HEAD, TAIL, ANY
    }

    boolean matches(String line, int words, Zone where) {
        return words <= maxWords && line.length() <= MAX_CHARS && (zone == Zone.ANY || zone == where) && pattern.matcher(line).matches();
    }
}
