package dev.newsgraph.analysis.time;

/**
 * Which way a clause looks from the publication date: it decides whether "Friday" is the last
 * Friday or the next one. {@code UNKNOWN} resolves to the nearest candidate, ties to the past.
 */
public enum Tense {
    PAST, FUTURE, UNKNOWN
}
