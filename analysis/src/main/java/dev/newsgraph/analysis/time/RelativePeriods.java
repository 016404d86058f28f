package dev.newsgraph.analysis.time;

import dev.newsgraph.analysis.time.TimexGrammar.Candidate;
import dev.newsgraph.analysis.time.TimexGrammar.Context;
import dev.newsgraph.model.TimeType;
import java.time.LocalDate;
import java.util.Locale;
import java.util.regex.Matcher;

/**
 * Periods named relative to the publication date: {@code last week}, {@code this year},
 * {@code next month}, {@code earlier this week}, {@code this weekend}, {@code last summer},
 * {@code the weekend}, {@code the end of the year}. The value is the anchor's period moved by the
 * word before it; "the past year" is left to the durations (it is a length of time).
 */
final class RelativePeriods extends RuleFamily {
    RelativePeriods(TimeLexicon lex) {
        super(lex);
        add("relative period", UNIT | SEASON, "\\b(?:(?<edge>earlier|later|late|early)\\s+(?:in\\s+)?)?(?<rel>this|last|next|this\\s+past|this\\s+coming|coming|past|previous)\\s+(?<p>week|weekend|month|year|quarter|decade|century|spring|summer|autumn|fall|winter)\\b",
                this::relativePeriod);
        add("the weekend", UNIT, "\\b(?:over\\s+)?the\\s+weekend\\b", this::theWeekend);
        add("year end", UNIT, "\\b(?:the\\s+)?(?:fiscal\\s+)?year(?:['\u2019]s)?[\\s-]end\\b", this::yearEnd);
        add("boundary", UNIT, "\\b(?:the\\s+)?(?<edge>end|beginning|start|middle)\\s+of\\s+(?:the|this)\\s+(?<p>week|month|year)\\b", this::boundary);
    }

    private Candidate relativePeriod(Matcher m, String text, int rule) {
        String rel = lower(g(m, "rel"));
        String p = lower(g(m, "p"));
        String before = wordBefore(text, m.start()).toLowerCase(Locale.ROOT);
        if (before.equals("the") && g(m, "edge") == null) {
            return null; // "the past year" is a duration
        }
        if ((rel.equals("past") || rel.equals("previous") || rel.equals("coming")) && !p.equals("weekend")) {
            return null; // "past month", "coming year": lengths of time, left to the durations
        }
        int shift = switch (rel) {
            case "last", "this past", "past", "previous" -> -1;
            case "next", "this coming", "coming" -> 1;
            default -> 0;
        };
        return cand(m, rule, TimeType.DATE, c -> relative(c, p, shift));
    }

    private String relative(Context c, String p, int shift) {
        LocalDate a = c.anchor();
        if (a == null) {
            return switch (p) {
                case "week" -> "XXXX-WXX";
                case "weekend" -> "XXXX-WXX-WE";
                case "month" -> "XXXX-XX";
                case "quarter" -> "XXXX-QX";
                case "decade" -> "XXX";
                case "century" -> "XX";
                case "year" -> "XXXX";
                default -> "XXXX-" + lex.seasons.get(p);
            };
        }
        switch (p) {
            case "week":
                // news in English counts its weeks from Sunday: on a Sunday, "last week" is the week that ended
                // the day before, which ISO numbers as the Sunday's own
                if (a.getDayOfWeek() == java.time.DayOfWeek.SUNDAY && shift < 0) {
                    return TimexValues.week(a.plusWeeks(shift + 1));
                }
                return TimexValues.week(a.plusWeeks(shift));
            case "weekend": {
                LocalDate sat = TimexValues.weekendSaturday(a, shift < 0 ? Tense.PAST : c.tense(), shift > 0 ? 1 : 0);
                if (shift < 0 && !sat.isBefore(a.minusDays(1))) {
                    sat = a.getDayOfWeek().getValue() >= 6 ? sat.minusWeeks(1) : sat;
                }
                return TimexValues.week(sat) + "-WE";
            }
            case "month":
                return TimexValues.month(a.plusMonths(shift));
            case "year":
                return TimexValues.year(a.getYear() + shift);
            case "quarter": {
                LocalDate d = a.plusMonths(3L * shift);
                return TimexValues.year(d.getYear()) + "-Q" + TimexValues.quarterOf(d);
            }
            case "decade":
                return Integer.toString(a.getYear() / 10 + shift);
            case "century":
                return String.format(Locale.ROOT, "%02d", a.getYear() / 100 + shift);
            default: {
                String code = lex.seasons.get(p);
                int y = shift != 0 ? TimexValues.seasonYear(a, code, shift < 0 ? Tense.PAST : Tense.FUTURE, shift)
                        : code.equals("WI") && a.getMonthValue() >= 9 ? a.getYear() + 1 : a.getYear();
                return TimexValues.year(y) + "-" + code;
            }
        }
    }

    private Candidate theWeekend(Matcher m, String text, int rule) {
        return cand(m, rule, TimeType.DATE, c -> c.anchor() == null ? "XXXX-WXX-WE"
                : TimexValues.week(TimexValues.weekendSaturday(c.anchor(), c.tense(), 0)) + "-WE");
    }

    /**
     * "By year-end", "by year's end": the end of the report's year, as "the end of the year" is; "since
     * year-end" looks back to the last one, the end of the year before.
     */
    private Candidate yearEnd(Matcher m, String text, int rule) {
        int shift = wordBefore(text, m.start()).equalsIgnoreCase("since") ? -1 : 0;
        return cand(m, rule, TimeType.DATE, c -> relative(c, "year", shift));
    }

    private Candidate boundary(Matcher m, String text, int rule) {
        String p = lower(g(m, "p"));
        return cand(m, rule, TimeType.DATE, c -> relative(c, p, 0));
    }
}
