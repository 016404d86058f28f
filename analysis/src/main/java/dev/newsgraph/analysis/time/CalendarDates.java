package dev.newsgraph.analysis.time;

import dev.newsgraph.analysis.time.TimexGrammar.Candidate;
import dev.newsgraph.model.TimeType;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;

/**
 * Dates written out as a calendar gives them: ISO ({@code 2017-10-31}) and slashed
 * ({@code 31/10/2017}) dates, a day and month with or without a year ({@code 4 April},
 * {@code Dec. 25, 2025}, {@code Friday, Oct. 30}), a month with a year ({@code May 2016}) and a
 * month alone ({@code February}, {@code last March}). A day or month without its year takes the
 * year the clause's tense points at. Month names count only capitalised, and "May" and "March"
 * only after a preposition or modifier, since as words they are far more often a verb or a noun.
 */
final class CalendarDates extends RuleFamily {
    /** Words before "May" or "March" that show the month is meant, not the verb or the noun. */
    private static final Set<String> PREPS = words("in", "since", "until", "till", "by", "from", "of", "during",
            "through", "throughout", "before", "after", "early", "late", "mid", "last", "next", "this", "on", "between",
            "and", "to", "for", "as", "around", "into", "that", "every", "each", "over", "past", "the");

    CalendarDates(TimeLexicon lex) {
        super(lex);
        add("iso date", DIGIT, "\\b(?<y>\\d{4})-(?<m>\\d{2})-(?<d>\\d{2})(?:[T ](?<hh>\\d{2}):(?<mi>\\d{2}))?\\b", this::isoDate);
        add("slashed date", DIGIT, "(?<![\\d/])(?<a>\\d{1,2})/(?<b>\\d{1,2})/(?<y>\\d{4}|\\d{2})(?![\\d/])", this::slashedDate);
        add("day month", MONTH, "\\b(?:" + wd + ",?\\s+)?(?:the\\s+)?(?<d>[0-3]?\\d)(?:st|nd|rd|th)?\\s+(?:of\\s+)?" + month
                + "(?:,?\\s+(?<y>\\d{4}))?\\b", this::monthDay);
        add("month day", MONTH, "\\b(?:" + wd + ",?\\s+)?" + month + "\\s+(?<d>[0-3]?\\d)(?:st|nd|rd|th)?(?![\\d%]|[:.,]\\d)(?:,?\\s+(?<y>\\d{4})\\b)?",
                this::monthDay);
        add("month year", MONTH, "\\b" + mod + month + "(?:\\s+of)?,?\\s+(?<y>\\d{4}|" + YearsAndDecades.SPOKEN_YEAR
                + ")\\b(?![-\u2013]\\d)", this::monthYear);
        add("month of a year told", MONTH, "\\b" + mod + month + "\\s+(?:of\\s+)?(?<ry>this|last|next)\\s+year\\b", this::monthOfYearTold);
        add("month", MONTH, "\\b(?:(?<rel>last|next|this(?:\\s+past|\\s+coming)?)\\s+|" + mod + ")?" + month + "(?![\\w'])", this::month);
    }

    private Candidate isoDate(Matcher m, String text, int rule) {
        int y = Integer.parseInt(g(m, "y"));
        int mo = Integer.parseInt(g(m, "m"));
        int d = Integer.parseInt(g(m, "d"));
        if (mo < 1 || mo > 12 || d < 1 || d > 31 || y < 1000) {
            return null; // no calendar day: a code or a range of numbers
        }
        String v = TimexValues.year(y) + String.format(Locale.ROOT, "-%02d-%02d", mo, d);
        if (g(m, "hh") != null) {
            String t = v + "T" + g(m, "hh") + ":" + g(m, "mi");
            return cand(m, rule, TimeType.TIME, c -> t);
        }
        return cand(m, rule, TimeType.DATE, c -> v);
    }

    private Candidate slashedDate(Matcher m, String text, int rule) {
        int a = Integer.parseInt(g(m, "a"));
        int b = Integer.parseInt(g(m, "b"));
        String ys = g(m, "y");
        int y = Integer.parseInt(ys);
        if (ys.length() == 2) {
            y += y < 50 ? 2000 : 1900;
        }
        int mo;
        int d;
        if (a > 12) {
            d = a;
            mo = b;
        } else {
            mo = a;
            d = b;
        }
        if (mo < 1 || mo > 12 || d < 1 || d > 31) {
            return null;
        }
        String v = String.format(Locale.ROOT, "%04d-%02d-%02d", y, mo, d);
        return cand(m, rule, TimeType.DATE, c -> v);
    }

    private Candidate monthDay(Matcher m, String text, int rule) {
        if (!capitalised(m, "mon")) {
            return null;
        }
        int mo = lex.months.get(TimeLexicon.key(g(m, "mon")));
        int d = Integer.parseInt(g(m, "d"));
        if (d < 1 || d > 31) {
            return null;
        }
        if (g(m, "wd") != null && !capitalised(m, "wd")) {
            return null;
        }
        String ys = g(m, "y");
        String md = String.format(Locale.ROOT, "-%02d-%02d", mo, d);
        if (ys != null) {
            String v = ys + md;
            return cand(m, rule, TimeType.DATE, c -> v);
        }
        return cand(m, rule, TimeType.DATE, c -> TimexValues.dayOfTensedYear(c, mo, d, md));
    }

    private Candidate monthYear(Matcher m, String text, int rule) {
        if (!capitalised(m, "mon")) {
            return null;
        }
        int mo = lex.months.get(TimeLexicon.key(g(m, "mon")));
        String v = YearsAndDecades.yearOf(g(m, "y")) + String.format(Locale.ROOT, "-%02d", mo);
        return cand(m, rule, TimeType.DATE, c -> v);
    }

    /** "June last year", "March of this year", "January next year": the month of the year the words name. */
    private Candidate monthOfYearTold(Matcher m, String text, int rule) {
        if (!capitalised(m, "mon")) {
            return null;
        }
        int mo = lex.months.get(TimeLexicon.key(g(m, "mon")));
        String ry = lower(g(m, "ry"));
        int shift = ry.equals("last") ? -1 : ry.equals("next") ? 1 : 0;
        return cand(m, rule, TimeType.DATE, c -> c.anchor() == null ? String.format(Locale.ROOT, "XXXX-%02d", mo)
                : TimexValues.year(c.anchor().getYear() + shift) + String.format(Locale.ROOT, "-%02d", mo));
    }

    private static final java.util.regex.Pattern DAY_AFTER = java.util.regex.Pattern.compile("\\s+[0-3]?\\d(?:st|nd|rd|th)?\\b(?![.:]\\d)");

    private Candidate month(Matcher m, String text, int rule) {
        if (!capitalised(m, "mon")) {
            return null;
        }
        String form = g(m, "mon");
        String key = TimeLexicon.key(form);
        int mo = lex.months.get(key);
        boolean full = key.length() > 3 || key.equals("may");
        String rel = lower(g(m, "rel"));
        String md = lower(g(m, "mod"));
        String before = wordBefore(text, m.start()).toLowerCase(Locale.ROOT);
        if (!full && !form.endsWith(".")) {
            return null; // "Jan" alone is more often a name
        }
        if (rel != null && DAY_AFTER.matcher(text).region(m.end(), text.length()).lookingAt()) {
            return null; // "last Oct. 23" is a day, which the day rules read with the tense
        }
        if ((key.equals("may") || key.equals("march")) && rel == null && md == null && !PREPS.contains(before)) {
            return null; // the modal verb, the noun and the verb
        }
        return cand(m, rule, TimeType.DATE, c -> {
            if (c.anchor() == null) {
                return String.format(Locale.ROOT, "XXXX-%02d", mo);
            }
            int y;
            if ("last".equals(rel) || "this past".equals(rel)) {
                y = c.anchor().getMonthValue() > mo ? c.anchor().getYear() : c.anchor().getYear() - 1;
            } else if ("next".equals(rel) || "this coming".equals(rel)) {
                y = c.anchor().getMonthValue() < mo ? c.anchor().getYear() : c.anchor().getYear() + 1;
            } else if ("this".equals(rel)) {
                y = c.anchor().getYear();
            } else {
                y = TimexValues.yearOfMonth(c.anchor(), mo, c.tense());
            }
            return TimexValues.month(y, mo);
        });
    }
}
