package dev.newsgraph.analysis.time;

import dev.newsgraph.analysis.time.TimexGrammar.Candidate;
import dev.newsgraph.model.TimeType;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;

/**
 * Fixed-date holidays of the lexicon ({@code Christmas Day}, {@code New Year's Eve}), the
 * year from the tense. A one-word holiday name counts only where a preposition or the end of a
 * clause shows it is a day ("on Christmas"), not a modifier ("the Christmas tax bill").
 */
final class Holidays extends RuleFamily {
    Holidays(TimeLexicon lex) {
        super(lex);
        add("holiday", HOLIDAY, "\\b(?<hol>" + lex.holidayRegex() + ")\\b", this::holiday);
    }

    /** A holiday on the n-th (or last, L) weekday of its month: "11-THURSDAY-4" is Thanksgiving. */
    private static final java.util.regex.Pattern MOVABLE =
            java.util.regex.Pattern.compile("\\d\\d-(MONDAY|TUESDAY|WEDNESDAY|THURSDAY|FRIDAY|SATURDAY|SUNDAY)-([1-5L])");
    /** Nouns a holiday's name modifies as the day's: "a Thanksgiving address", "the Christmas message". */
    private static final Set<String> OCCASIONS = Set.of("address", "message", "speech", "dinner", "meal", "holiday",
            "holidays", "weekend", "parade", "break", "visit", "trip", "greeting", "greetings", "travel", "shopping",
            "sales", "celebration", "celebrations", "service", "mass", "truce", "ceasefire", "eve", "morning", "night");

    private Candidate holiday(Matcher m, String text, int rule) {
        if (!capitalised(m, "hol")) {
            return null;
        }
        String key = TimeLexicon.key(g(m, "hol"));
        String md = lex.holidays.get(key);
        if (md == null) {
            return null;
        }
        if (!key.contains(" ")) {
            String before = wordBefore(text, m.start()).toLowerCase(Locale.ROOT);
            String after = wordAfter(text, m.end());
            boolean ends = m.end() >= text.length() || ".,;:!?)".indexOf(text.charAt(m.end())) >= 0;
            if (!ends && !Set.of("on", "before", "after", "until", "by", "over", "at", "during", "since", "this", "last",
                    "next", "for", "till").contains(before) && !OCCASIONS.contains(after.toLowerCase(Locale.ROOT))) {
                return null; // "the Christmas tax bill"; but "a Thanksgiving address" is the day's
            }
            if (!after.isEmpty() && Character.isUpperCase(after.charAt(0)) && !ends) {
                return null;
            }
        }
        int mo = Integer.parseInt(md.substring(0, 2));
        java.util.regex.Matcher movable = MOVABLE.matcher(md);
        if (movable.matches()) {
            // "Thanksgiving": the fourth Thursday of November, in the year the tense points at
            java.time.DayOfWeek dow = java.time.DayOfWeek.valueOf(movable.group(1));
            String nth = movable.group(2);
            return cand(m, rule, TimeType.DATE, c -> {
                if (c.anchor() == null) {
                    return "XXXX-" + md.substring(0, 2);
                }
                Integer y = TimexValues.yearOfDay(c.anchor(), mo, 15, c.tense());
                if (y == null) {
                    return null;
                }
                java.time.LocalDate first = java.time.LocalDate.of(y, mo, 1);
                return TimexValues.day(nth.equals("L")
                        ? first.with(java.time.temporal.TemporalAdjusters.lastInMonth(dow))
                        : first.with(java.time.temporal.TemporalAdjusters.dayOfWeekInMonth(Integer.parseInt(nth), dow)));
            });
        }
        int d = Integer.parseInt(md.substring(3, 5));
        return cand(m, rule, TimeType.DATE, c -> TimexValues.dayOfTensedYear(c, mo, d, "-" + md));
    }
}
