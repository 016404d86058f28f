package dev.newsgraph.analysis.time;

/**
 * Which way a clause looks from the publication date: it decides whether "Friday" is the last
 * Friday or the next one. {@code PRESENT} (non-reporting present tense) points a day name forward
 * ("the summit opens on Friday") and is otherwise {@code UNKNOWN}, which resolves to the nearest
 * candidate, ties to the past.
 */
public enum Tense {
    PAST, PRESENT, FUTURE, UNKNOWN
}
