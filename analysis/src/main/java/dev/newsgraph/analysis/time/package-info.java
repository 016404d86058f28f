/**
 * Time expressions: found by a fast rule-based tagger ({@link dev.newsgraph.analysis.time.TimeAnchor},
 * in the manner of HeidelTime) and normalised to TIMEX3 values against the publication date, the
 * direction of "Friday" or "February" read from the tense of its clause. {@code TimexGrammar} runs
 * the rules, which come in families, one class each named for what it recognises
 * ({@code CalendarDates}, {@code YearsAndDecades}, {@code RelativePeriods}, {@code DayReferences},
 * {@code Durations}, {@code Frequencies}, {@code ClockTimes}, {@code GenericReferences},
 * {@code PartsOfYear}, {@code Holidays}, over the base {@code RuleFamily}); the value arithmetic they
 * share (weeks, months, quarters, seasons, durations, which occurrence the tense points at) is in
 * {@code TimexValues}. Lexicon: {@code lexicon.txt}.
 */
package dev.newsgraph.analysis.time;
