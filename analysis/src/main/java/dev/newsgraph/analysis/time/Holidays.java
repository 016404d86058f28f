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
                    "next", "for", "till").contains(before)) {
                return null; // "the Christmas tax bill"
            }
            if (!after.isEmpty() && Character.isUpperCase(after.charAt(0)) && !ends) {
                return null;
            }
        }
        int mo = Integer.parseInt(md.substring(0, 2));
        int d = Integer.parseInt(md.substring(3, 5));
        return cand(m, rule, TimeType.DATE, c -> TimexValues.dayOfTensedYear(c, mo, d, "-" + md));
    }
}
