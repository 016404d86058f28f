package dev.newsgraph.analysis.time;

import dev.newsgraph.model.TimeType;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The patterns of English time expressions in news, each with how its TIMEX3 value is worked out
 * from the anchor date, the clause's tense and, for anaphoric ones ("the next day"), the last day
 * mentioned. Finding is separate from resolving: {@link #find} returns candidates whose value is a
 * function of a {@link Context}. The rules come in families, one class each ({@link CalendarDates},
 * {@link YearsAndDecades}, {@link RelativePeriods}, {@link DayReferences}, {@link Durations},
 * {@link Frequencies}, {@link ClockTimes}, {@link GenericReferences}, {@link PartsOfYear},
 * {@link Holidays}); this class runs them in that order over the windows of text where they can
 * match. Immutable and thread-safe once built.
 */
final class TimexGrammar {

    /** What a candidate's value may depend on. */
    interface Context {
        /** The publication date, or null. */
        LocalDate anchor();

        /** The tense of the clause holding the expression (worked out on demand). */
        Tense tense();

        /** The last day-level date mentioned before the expression, or null. */
        LocalDate reference();

        /** The year of the last date mentioned before the expression, at any granularity ("June 1998"), or null. */
        default Integer referenceYear() {
            return reference() == null ? null : reference().getYear();
        }
    }

    /** How a candidate's value comes out of the context; null drops the candidate. */
    interface Resolver {
        String value(Context c);
    }

    /** Flags that the anchoring stage uses after the grammar: deictic days and clock times. */
    enum Kind {
        PLAIN, DEICTIC, CLOCK
    }

    record Candidate(int start, int end, TimeType type, Resolver resolver, Kind kind, int rule, int shift) {
    }

    /** Makes a candidate of one match, or null where the match is no time expression. */
    interface Builder {
        Candidate build(Matcher m, String text, int rule);
    }

    record Rule(String name, int triggers, Pattern pattern, Builder builder) {
    }

    private static final int WINDOW_LEFT = 48;
    private static final int WINDOW_RIGHT = 64;

    private final List<Rule> rules = new ArrayList<>();
    private final java.util.Map<String, Integer> triggers = new java.util.HashMap<>();

    TimexGrammar(TimeLexicon lex) {
        trigger(RuleFamily.MONTH, lex.months.keySet());
        trigger(RuleFamily.WEEKDAY, lex.weekdays.keySet());
        trigger(RuleFamily.DAYWORD, lex.partsOfDay.keySet());
        trigger(RuleFamily.DAYWORD, "today", "tonight", "yesterday", "tomorrow");
        trigger(RuleFamily.SEASON, lex.seasons.keySet());
        trigger(RuleFamily.HOLIDAY, lex.holidays.keySet());
        trigger(RuleFamily.UNIT, "second", "seconds", "minute", "minutes", "hour", "hours", "day", "days", "week", "weeks",
                "fortnight", "fortnights", "month", "months", "year", "years", "decade", "decades", "century",
                "centuries", "weekend", "quarter", "quarters", "olds", "old");
        trigger(RuleFamily.GENERIC, "now", "currently", "current", "nowadays", "days", "recently", "lately", "past", "future", "present",
                "moment", "far", "date", "someday", "soon", "term");
        trigger(RuleFamily.SET, "daily", "weekly", "monthly", "annually", "yearly", "hourly", "nightly", "quarterly");
        trigger(RuleFamily.QUARTER, "quarter", "quarters", "q1", "q2", "q3", "q4", "half", "period");
        trigger(RuleFamily.CLOCK, "noon", "midday", "midnight");
        trigger(RuleFamily.DIGIT, "eighteen", "nineteen", "thousand"); // years said in words: "nineteen ninety-six"
        for (RuleFamily f : families(lex)) {
            rules.addAll(f.rules());
        }
    }

    /**
     * The rule families in the order their rules run. The order matters: where two candidates
     * cover the same span, the earlier rule's wins ("last summer" is a relative period before it
     * is a season).
     */
    static List<RuleFamily> families(TimeLexicon lex) {
        return List.of(new CalendarDates(lex), new YearsAndDecades(lex), new RelativePeriods(lex),
                new DayReferences(lex), new Durations(lex), new Frequencies(lex), new ClockTimes(lex),
                new GenericReferences(lex), new PartsOfYear(lex), new Holidays(lex));
    }

    /**
     * Every candidate in {@code text}, overlapping ones included. A rule runs only in windows
     * around the words that can start or end its expressions (a month name, a digit, a unit of
     * time), which keeps the cost to a small part of the text.
     */
    List<Candidate> find(String text) {
        List<int[]> words = triggerWords(text);
        List<Candidate> out = new ArrayList<>();
        for (int r = 0; r < rules.size(); r++) {
            Rule rule = rules.get(r);
            Matcher m = null;
            int winStart = -1;
            int winEnd = -1;
            for (int w = 0; w <= words.size(); w++) {
                int[] tw = w < words.size() ? words.get(w) : null;
                if (tw != null && (tw[2] & rule.triggers()) == 0) {
                    continue;
                }
                int s = tw == null ? Integer.MAX_VALUE : Math.max(0, tw[0] - WINDOW_LEFT);
                if (tw != null && winEnd >= 0 && s <= winEnd) {
                    winEnd = Math.min(text.length(), Math.max(winEnd, tw[1] + WINDOW_RIGHT));
                    continue;
                }
                if (winEnd >= 0) {
                    if (m == null) {
                        m = rule.pattern().matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
                    }
                    m.region(winStart, winEnd);
                    while (m.find()) {
                        Candidate c = rule.builder().build(m, text, r);
                        if (c != null && c.end() > c.start()) {
                            out.add(c);
                        }
                    }
                }
                if (tw != null) {
                    winStart = s;
                    winEnd = Math.min(text.length(), tw[1] + WINDOW_RIGHT);
                }
            }
        }
        return out;
    }

    /** The words of {@code text} that trigger some rule: {start, end, trigger classes}. */
    private List<int[]> triggerWords(String text) {
        List<int[]> out = new ArrayList<>();
        int n = text.length();
        int i = 0;
        while (i < n) {
            char ch = text.charAt(i);
            if (!Character.isLetterOrDigit(ch)) {
                i++;
                continue;
            }
            int s = i;
            while (i < n && (Character.isLetterOrDigit(text.charAt(i)) || (text.charAt(i) == '.' && i + 1 < n
                    && Character.isDigit(text.charAt(i + 1))))) {
                i++;
            }
            int cls;
            if (Character.isDigit(ch)) {
                cls = RuleFamily.DIGIT;
            } else {
                Integer c = triggers.get(text.substring(s, i).toLowerCase(Locale.ROOT));
                cls = c == null ? 0 : c;
            }
            if (cls != 0) {
                out.add(new int[] {s, i, cls});
            }
        }
        return out;
    }

    private void trigger(int cls, String... ws) {
        for (String w : ws) {
            triggers.merge(w.toLowerCase(Locale.ROOT), cls, (a, b) -> a | b);
        }
    }

    private void trigger(int cls, Iterable<String> forms) {
        for (String f : forms) {
            for (String w : f.split("[\\s.'\u2019]+")) {
                if (w.length() > 1) {
                    trigger(cls, w);
                }
            }
        }
    }

    String ruleName(int rule) {
        return rules.get(rule).name();
    }
}
