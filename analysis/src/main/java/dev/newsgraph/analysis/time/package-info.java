/**
 * Time expressions: found by a fast rule-based tagger ({@link dev.newsgraph.analysis.time.TimeAnchor},
 * in the manner of HeidelTime) and normalised to TIMEX3 values against the publication date, the
 * direction of "Friday" or "February" read from the tense of its clause. Lexicon: {@code lexicon.txt}.
 */
package dev.newsgraph.analysis.time;
