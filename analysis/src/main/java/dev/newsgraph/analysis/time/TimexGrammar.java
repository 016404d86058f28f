package dev.newsgraph.analysis.time;

import dev.newsgraph.analysis.quantity.NumberReader;
import dev.newsgraph.model.TimeType;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The patterns of English time expressions in news, each with how its TIMEX3 value is worked out
 * from the anchor date, the clause's tense and, for anaphoric ones ("the next day"), the last day
 * mentioned. Finding is separate from resolving: {@link #find} returns candidates whose value is a
 * function of a {@link Context}. Immutable and thread-safe once built.
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

    private interface Builder {
        Candidate build(Matcher m, String text, int rule);
    }

    private record Rule(String name, int triggers, Pattern pattern, Builder builder) {
    }

    private static final int DIGIT = 1;
    private static final int MONTH = 2;
    private static final int WEEKDAY = 4;
    private static final int UNIT = 8; // a unit of time, "week", "year"
    private static final int DAYWORD = 16;
    private static final int SEASON = 32;
    private static final int HOLIDAY = 64;
    private static final int GENERIC = 128;
    private static final int SET = 256;
    private static final int QUARTER = 512;
    private static final int CLOCK = 1024;
    private static final int WINDOW_LEFT = 48;
    private static final int WINDOW_RIGHT = 64;

    private static final String UNITS_RX = "(?<unit>seconds?|minutes?|hours?|days?|weeks?|fortnights?|months?|years?|decades?|century|centuries)";
    private static final String NUM = "(?<n>" + NumberReader.NUMBER + "|a\\s+few|a\\s+couple\\s+of|couple\\s+of|few|several|many|some)";
    private static final Set<String> PREPS = words("in", "since", "until", "till", "by", "from", "of", "during",
            "through", "throughout", "before", "after", "early", "late", "mid", "last", "next", "this", "on", "between",
            "and", "to", "for", "as", "around", "into", "that", "every", "each", "over", "past", "the");
    private static final Set<String> APPROX = words("about", "some", "nearly", "around", "almost", "roughly",
            "approximately", "than", "least", "to", "estimated", "only", "just", "over", "under", "another", "additional",
            "extra", "No", "no", "number", "No.", "Boeing", "Airbus");
    private static final Set<String> A_UNIT_CONTEXT = words("for", "in", "within", "over", "about", "around", "nearly",
            "almost", "than", "after", "under", "just", "only", "least", "half", "lasted", "last", "past", "spent",
            "took", "take", "takes", "roughly", "barely", "some", "once", "up");

    private static final Set<String> PER_AMOUNT = words("thousands", "hundreds", "millions", "dozens", "dollars",
            "billions", "people", "hours", "days", "times", "once", "twice");
    private static final Set<String> VAGUE_PLURAL_PREPS = words("for", "within", "in", "over", "after", "lasting");
    private static final Set<String> OLD_YEAR_PREPS = words("in", "since", "until", "by", "from", "of", "before", "after");

    private final TimeLexicon lex;
    private final List<Rule> rules = new ArrayList<>();
    private final java.util.Map<String, Integer> triggers = new java.util.HashMap<>();

    TimexGrammar(TimeLexicon lex) {
        this.lex = lex;
        trigger(MONTH, lex.months.keySet());
        trigger(WEEKDAY, lex.weekdays.keySet());
        trigger(DAYWORD, lex.partsOfDay.keySet());
        trigger(DAYWORD, "today", "tonight", "yesterday", "tomorrow");
        trigger(SEASON, lex.seasons.keySet());
        trigger(HOLIDAY, lex.holidays.keySet());
        trigger(UNIT, "second", "seconds", "minute", "minutes", "hour", "hours", "day", "days", "week", "weeks",
                "fortnight", "fortnights", "month", "months", "year", "years", "decade", "decades", "century",
                "centuries", "weekend", "quarter", "olds", "old");
        trigger(GENERIC, "now", "currently", "nowadays", "days", "recently", "lately", "past", "future", "present",
                "moment", "far", "date");
        trigger(SET, "daily", "weekly", "monthly", "annually", "yearly", "hourly", "nightly", "quarterly");
        trigger(QUARTER, "quarter", "q1", "q2", "q3", "q4", "half");
        trigger(CLOCK, "noon", "midday", "midnight");
        String month = "(?<mon>" + lex.monthRegex() + ")";
        String wd = "(?<wd>" + lex.weekdayRegex() + ")";
        String pod = "(?<pod>" + lex.partOfDayRegex() + ")";
        String mod = "(?:(?<mod>early|late|mid|the\\s+end\\s+of|the\\s+beginning\\s+of|the\\s+start\\s+of|the\\s+middle\\s+of|the\\s+spring\\s+of|the\\s+summer\\s+of|the\\s+autumn\\s+of|the\\s+fall\\s+of|the\\s+winter\\s+of)(?:\\s+|-))?";

        add("iso date", DIGIT, "\\b(?<y>\\d{4})-(?<m>\\d{2})-(?<d>\\d{2})(?:[T ](?<hh>\\d{2}):(?<mi>\\d{2}))?\\b", this::isoDate);
        add("slashed date", DIGIT, "(?<![\\d/])(?<a>\\d{1,2})/(?<b>\\d{1,2})/(?<y>\\d{4}|\\d{2})(?![\\d/])", this::slashedDate);
        add("day month", MONTH, "\\b(?:" + wd + ",?\\s+)?(?:the\\s+)?(?<d>[0-3]?\\d)(?:st|nd|rd|th)?\\s+(?:of\\s+)?" + month
                + "(?:,?\\s+(?<y>\\d{4}))?\\b", this::monthDay);
        add("month day", MONTH, "\\b(?:" + wd + ",?\\s+)?" + month + "\\s+(?<d>[0-3]?\\d)(?:st|nd|rd|th)?(?![\\d%:]|\\.\\d|,\\d)(?:,?\\s+(?<y>\\d{4})\\b)?",
                this::monthDay);
        add("month year", MONTH, "\\b" + mod + month + "(?:\\s+of)?,?\\s+(?<y>\\d{4})\\b(?![-\u2013]\\d)", this::monthYear);
        add("month", MONTH, "\\b(?:(?<rel>last|next|this(?:\\s+past|\\s+coming)?)\\s+|" + mod + ")?" + month + "(?![\\w'])", this::month);
        add("decade", DIGIT, "\\b(?:the\\s+)?(?:(?<mod>early|mid|late)(?:\\s+|-))?(?<dec>(?:1[5-9]|20)\\d0)['\u2019]?s\\b", this::decade);
        add("short decade", DIGIT, "(?:\\bthe\\s+)?(?:\\b(?<mod>early|mid|late)(?:\\s+|-))?(?<![\\w'\u2019])['\u2019](?<dd>\\d)0s\\b", this::decade);
        add("century", DIGIT, "\\b(?:the\\s+)?(?:(?<mod>early|mid|late)(?:\\s+|-))?(?<c>\\d{1,2})(?:st|nd|rd|th)[\\s-]+century\\b", this::century);
        add("year", DIGIT, "\\b" + mod + "(?<y>(?:19|20)\\d\\d)\\b", this::year);
        add("old year", DIGIT, "\\b(?<y>1[0-8]\\d\\d)\\b", this::oldYear);
        add("relative period", UNIT | SEASON, "\\b(?:(?<edge>earlier|later|late|early)\\s+(?:in\\s+)?)?(?<rel>this|last|next|this\\s+past|this\\s+coming|coming|past|previous)\\s+(?<p>week|weekend|month|year|quarter|decade|century|spring|summer|autumn|fall|winter)\\b",
                this::relativePeriod);
        add("the weekend", UNIT, "\\b(?:over\\s+)?the\\s+weekend\\b", this::theWeekend);
        add("boundary", UNIT, "\\b(?:the\\s+)?(?<edge>end|beginning|start|middle)\\s+of\\s+(?:the|this)\\s+(?<p>week|month|year)\\b", this::boundary);
        add("day word", DAYWORD, "\\b(?<dw>today|tonight|yesterday|tomorrow)(?:['\u2019]s)?(?:\\s+" + pod + ")?\\b", this::dayWord);
        add("this part of day", DAYWORD, "\\b(?<rel>this|last|late\\s+last|early\\s+this)\\s+" + pod + "\\b", this::thisPartOfDay);
        add("anaphoric day", UNIT | DAYWORD, "\\bthe\\s+(?<rel>next|following|previous|same|preceding)\\s+(?<p>day|morning|week|month|year)\\b|\\bthe\\s+day\\s+(?<rel2>before|after)\\b(?!\\s+(?:yesterday|tomorrow))",
                this::anaphoric);
        add("day before yesterday", DAYWORD, "\\bthe\\s+day\\s+(?<rel>before\\s+yesterday|after\\s+tomorrow)\\b", this::dayBeforeYesterday);
        add("weekday", WEEKDAY, "\\b(?:(?<rel>last|next|this(?:\\s+past|\\s+coming)?|early|late|coming)\\s+)?" + wd + "(?:['\u2019]s)?(?:\\s+" + pod + ")?\\b", this::weekday);
        add("ago", UNIT, "\\b" + NUM + "[\\s-]+" + UNITS_RX + "\\s+(?<dir>ago|from\\s+now|earlier|before|later|hence)\\b", this::ago);
        add("age", UNIT, "\\b" + NUM + "[\\s-]+" + UNITS_RX + "[\\s-]+olds?\\b", this::age);
        add("duration", UNIT, "\\b(?:(?<the>the)\\s+(?<rel>past|last|previous|next|coming|first|final|following|remaining)\\s+)?" + NUM
                + "(?:\\s+(?<half>and\\s+a\\s+half))?[\\s-]+" + UNITS_RX + "(?<half2>\\s+and\\s+a\\s+half)?\\b", this::duration);
        add("the past unit", UNIT, "\\bthe\\s+(?<rel>past|last|previous|next|coming|following|recent)\\s+" + UNITS_RX + "\\b", this::thePastUnit);
        add("unit and a half", UNIT, "\\b(?:(?:a|an|one)\\s+)?" + UNITS_RX + "\\s+and\\s+a\\s+half\\b", this::unitAndAHalf);
        add("half a unit", UNIT, "\\bhalf\\s+(?:an?\\s+)?" + UNITS_RX + "\\b", this::halfAUnit);
        add("vague plural", UNIT, "\\b(?:(?<q>recent|the\\s+past|the\\s+last|the\\s+coming|the\\s+next|the\\s+following)\\s+)" + UNITS_RX + "\\b"
                + "|\\b(?<unit2>minutes|hours|days|weeks|months|years|decades)\\b(?!\\s+(?:of|ago|before|after|later|earlier))", this::vaguePlural);
        add("set every", UNIT | DAYWORD | WEEKDAY, "\\b(?<q>every|each)\\s+(?:(?<other>other)\\s+)?(?:(?<p>day|week|month|year|morning|afternoon|evening|night|weekend|quarter)|" + wd + ")\\b",
                this::setEvery);
        add("set adverb", SET, "\\b(?<adv>daily|weekly|monthly|annually|yearly|hourly|nightly|quarterly)\\b", this::setAdverb);
        add("set times", UNIT, "\\b(?<freq>once|twice|three\\s+times|four\\s+times|\\d+\\s+times)\\s+(?:a|an|per|every|each)\\s+(?<p>day|week|month|year|hour|minute|decade)\\b",
                this::setPer);
        add("set per", UNIT, "\\b(?:a|an|per|each)\\s+(?<p>day|week|month|year|hour)\\b(?!\\s+(?:ago|later|earlier|after|before|and|or))", this::setPerAmount);
        add("clock", DIGIT | CLOCK, "\\b(?<h>[01]?\\d|2[0-3])(?:[:.](?<mi>[0-5]\\d))?\\s*(?<ap>a\\.m\\.|p\\.m\\.|am\\b|pm\\b)(?:\\s+(?<tz>[A-Z]{2,4}T|GMT|UTC))?"
                + "|\\b(?<h2>[01]?\\d|2[0-3]):(?<mi2>[0-5]\\d)(?:\\s+(?<tz2>GMT|UTC|[A-Z]{2,4}T|local\\s+time))?(?!\\d)"
                + "|\\b(?<nm>noon|midday|midnight)\\b", this::clock);
        add("generic", GENERIC, "\\b(?<g>(?:right\\s+)?now|currently|nowadays|these\\s+days|recently|lately|the\\s+past|the\\s+future|"
                + "the\\s+present|at\\s+the\\s+moment|so\\s+far|to\\s+date)\\b(?!-)", this::generic);
        add("quarter", QUARTER, "\\b(?:the\\s+)?(?<ord>first|second|third|fourth|1st|2nd|3rd|4th)[\\s-]+quarter(?:\\s+of\\s+(?:(?<y>\\d{4})|(?<rely>this|last|next)\\s+year|the\\s+year))?\\b"
                + "|\\b(?<qq>Q[1-4])(?:\\s+(?<y2>\\d{4}))?\\b", this::quarter);
        add("half year", QUARTER, "\\b(?:the\\s+)?(?<ord>first|second)\\s+half\\s+of\\s+(?:(?<y>\\d{4})|(?<rely>this|last|next)\\s+year|the\\s+year)\\b", this::halfYear);
        add("season", SEASON, "\\b(?:(?<rel>this|last|next|this\\s+past|this\\s+coming)\\s+|(?<mod>early|late|mid)(?:\\s+|-))?(?<s>spring|summer|autumn|winter|fall)(?:\\s+(?:of\\s+)?(?<y>\\d{4}))?\\b",
                this::season);
        add("holiday", HOLIDAY, "\\b(?<hol>" + lex.holidayRegex() + ")\\b", this::holiday);
    }

    private void add(String name, int triggers, String regex, Builder b) {
        rules.add(new Rule(name, triggers, Pattern.compile(regex, Pattern.CASE_INSENSITIVE), b));
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
                cls = DIGIT;
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

    // ---- helpers ----

    private static Candidate cand(Matcher m, int rule, TimeType type, Resolver r) {
        return new Candidate(m.start(), m.end(), type, r, Kind.PLAIN, rule, 0);
    }

    /** A named group, or null where it is unset or the rule's pattern has no such group. */
    private static String g(Matcher m, String name) {
        try {
            return m.group(name);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static boolean capitalised(Matcher m, String group) {
        String g = m.group(group);
        return g != null && Character.isUpperCase(g.charAt(0));
    }

    private static String lower(String s) {
        return s == null ? null : s.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    }

    static String wordBefore(String text, int pos) {
        int e = pos;
        while (e > 0 && Character.isWhitespace(text.charAt(e - 1))) {
            e--;
        }
        int s = e;
        while (s > 0 && (Character.isLetterOrDigit(text.charAt(s - 1)) || text.charAt(s - 1) == '.')) {
            s--;
        }
        return text.substring(s, e);
    }

    static String wordAfter(String text, int pos) {
        int s = pos;
        while (s < text.length() && Character.isWhitespace(text.charAt(s))) {
            s++;
        }
        int e = s;
        while (e < text.length() && Character.isLetterOrDigit(text.charAt(e))) {
            e++;
        }
        return text.substring(s, e);
    }

    private static String unit(String u) {
        String k = u.toLowerCase(Locale.ROOT);
        if (k.equals("centuries")) {
            return "century";
        }
        return k.endsWith("s") ? k.substring(0, k.length() - 1) : k;
    }

    /** The number of "n", or null for a vague one ("several"); NaN where it is no number. */
    private static Double count(String n) {
        String k = lower(n);
        if (k.equals("a few") || k.equals("few") || k.equals("several") || k.equals("many") || k.equals("some")) {
            return null;
        }
        if (k.equals("a couple of") || k.equals("couple of")) {
            return 2.0;
        }
        Double v = NumberReader.read(k);
        return v == null ? Double.NaN : v;
    }

    private static String mod(String raw) {
        return raw == null ? null : lower(raw);
    }

    // ---- rules ----

    private Candidate isoDate(Matcher m, String text, int rule) {
        int y = Integer.parseInt(g(m, "y"));
        int mo = Integer.parseInt(g(m, "m"));
        int d = Integer.parseInt(g(m, "d"));
        if (mo < 1 || mo > 12 || d < 1 || d > 31 || y < 1000) {
            return null;
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
        return cand(m, rule, TimeType.DATE, c -> {
            if (c.anchor() == null) {
                return "XXXX" + md;
            }
            Integer y = TimexValues.yearOfDay(c.anchor(), mo, d, c.tense());
            return y == null ? null : TimexValues.year(y) + md;
        });
    }

    private Candidate monthYear(Matcher m, String text, int rule) {
        if (!capitalised(m, "mon")) {
            return null;
        }
        int mo = lex.months.get(TimeLexicon.key(g(m, "mon")));
        String v = g(m, "y") + String.format(Locale.ROOT, "-%02d", mo);
        return cand(m, rule, TimeType.DATE, c -> v);
    }

    private Candidate month(Matcher m, String text, int rule) {
        if (!capitalised(m, "mon")) {
            return null;
        }
        String form = g(m, "mon");
        String key = TimeLexicon.key(form);
        int mo = lex.months.get(key);
        boolean full = key.length() > 3 || key.equals("may");
        String rel = lower(g(m, "rel"));
        String md = mod(g(m, "mod"));
        String before = wordBefore(text, m.start()).toLowerCase(Locale.ROOT);
        if (!full && !form.endsWith(".")) {
            return null; // "Jan" alone is more often a name
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

    private Candidate decade(Matcher m, String text, int rule) {
        String v;
        if (g(m, "dec") != null) {
            v = g(m, "dec").substring(0, 3);
        } else {
            int d = Integer.parseInt(g(m, "dd"));
            v = (d <= 2 ? "20" : "19") + d;
        }
        return cand(m, rule, TimeType.DATE, c -> v);
    }

    private Candidate century(Matcher m, String text, int rule) {
        int n = Integer.parseInt(g(m, "c"));
        if (n < 1 || n > 30) {
            return null;
        }
        String v = String.format(Locale.ROOT, "%02d", n - 1);
        return cand(m, rule, TimeType.DATE, c -> v);
    }

    private Candidate year(Matcher m, String text, int rule) {
        int s = m.start("y");
        int e = m.end("y");
        if (s > 0) {
            char p = text.charAt(s - 1);
            if ("$€£¥#".indexOf(p) >= 0 || Character.isLetter(p)) {
                return null;
            }
            if ((p == ',' || p == '.') && s > 1 && Character.isDigit(text.charAt(s - 2))) {
                return null;
            }
        }
        if (e < text.length()) {
            char n = text.charAt(e);
            if (n == '%' || ((n == ',' || n == '.') && e + 1 < text.length() && Character.isDigit(text.charAt(e + 1)))) {
                return null;
            }
            if ((n == '-' || n == '\u2013') && e + 1 < text.length() && Character.isLetter(text.charAt(e + 1))) {
                return null;
            }
        }
        String after = wordAfter(text, e).toLowerCase(Locale.ROOT);
        if (lex.notYear.contains(after) || after.equals("per")) {
            return null;
        }
        String before = wordBefore(text, m.start());
        if (g(m, "mod") == null && APPROX.contains(before)) {
            return null;
        }
        String v = g(m, "y");
        return cand(m, rule, TimeType.DATE, c -> v);
    }

    private Candidate oldYear(Matcher m, String text, int rule) {
        if (!OLD_YEAR_PREPS.contains(wordBefore(text, m.start()).toLowerCase(Locale.ROOT))) {
            return null;
        }
        return year(m, text, rule);
    }

    private Candidate relativePeriod(Matcher m, String text, int rule) {
        String rel = lower(g(m, "rel"));
        String p = lower(g(m, "p"));
        String before = wordBefore(text, m.start()).toLowerCase(Locale.ROOT);
        if (before.equals("the") && g(m, "edge") == null) {
            return null; // "the past year" is a duration
        }
        if ((rel.equals("past") || rel.equals("previous") || rel.equals("coming")) && !p.equals("weekend")) {
            return null;
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
                return TimexValues.week(a.plusWeeks(shift));
            case "weekend": {
                LocalDate sat = TimexValues.weekendSaturday(a, shift < 0 ? Tense.PAST : c.tense(), shift > 0 ? 1 : 0);
                if (shift < 0 && !sat.isBefore(a.minusDays(1))) {
                    sat = a.getDayOfWeek().getValue() >= 6 ? sat.minusWeeks(1) : sat;
                }
                return TimexValues.week(sat) + "-WE";
            }
            case "month": {
                LocalDate d = a.plusMonths(shift);
                return TimexValues.month(d.getYear(), d.getMonthValue());
            }
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
                int y = shift != 0 ? seasonYear(a, code, shift < 0 ? Tense.PAST : Tense.FUTURE, shift)
                        : code.equals("WI") && a.getMonthValue() >= 9 ? a.getYear() + 1 : a.getYear();
                return TimexValues.year(y) + "-" + code;
            }
        }
    }

    private static int seasonStartMonth(String code) {
        return switch (code) {
            case "SP" -> 3;
            case "SU" -> 6;
            case "FA" -> 9;
            default -> 12;
        };
    }

    private static int seasonYear(LocalDate a, String code, Tense tense, int shift) {
        int sm = seasonStartMonth(code);
        LocalDate[] s = new LocalDate[3];
        LocalDate[] e = new LocalDate[3];
        for (int i = 0; i < 3; i++) {
            int y = a.getYear() + i - 1;
            s[i] = LocalDate.of(y, sm, 1);
            e[i] = s[i].plusMonths(3).minusDays(1);
            if (code.equals("WI")) {
                // winter 2025 runs from December 2024 to February 2025 in TIMEX3's reading
                s[i] = s[i].minusYears(1);
                e[i] = e[i].minusYears(1);
            }
        }
        if (shift < 0) {
            for (int i = 2; i >= 0; i--) {
                if (e[i].isBefore(a)) {
                    return a.getYear() + i - 1;
                }
            }
        } else if (shift > 0) {
            for (int i = 0; i < 3; i++) {
                if (s[i].isAfter(a)) {
                    return a.getYear() + i - 1;
                }
            }
        }
        return a.getYear() + TimexValues.pick(a, tense, s, e);
    }

    private Candidate theWeekend(Matcher m, String text, int rule) {
        return cand(m, rule, TimeType.DATE, c -> c.anchor() == null ? "XXXX-WXX-WE"
                : TimexValues.week(TimexValues.weekendSaturday(c.anchor(), c.tense(), 0)) + "-WE");
    }

    private Candidate boundary(Matcher m, String text, int rule) {
        String p = lower(g(m, "p"));
        return cand(m, rule, TimeType.DATE, c -> relative(c, p, 0));
    }

    private Candidate dayWord(Matcher m, String text, int rule) {
        String dw = lower(g(m, "dw"));
        String pod = g(m, "pod") == null ? (dw.equals("tonight") ? "NI" : null) : lex.partsOfDay.get(lower(g(m, "pod")));
        int shift = switch (dw) {
            case "yesterday" -> -1;
            case "tomorrow" -> 1;
            default -> 0;
        };
        TimeType type = pod == null ? TimeType.DATE : TimeType.TIME;
        Resolver r = c -> {
            if (c.anchor() == null) {
                return shift == 0 && pod == null ? "PRESENT_REF" : "XXXX-XX-XX" + (pod == null ? "" : "T" + pod);
            }
            return TimexValues.day(c.anchor().plusDays(shift)) + (pod == null ? "" : "T" + pod);
        };
        return new Candidate(m.start(), m.end(), type, r, Kind.DEICTIC, rule, shift);
    }

    private Candidate thisPartOfDay(Matcher m, String text, int rule) {
        String rel = lower(g(m, "rel"));
        String pod = lex.partsOfDay.get(lower(g(m, "pod")));
        if (pod == null) {
            return null;
        }
        int shift = rel.endsWith("last") ? -1 : 0;
        if (shift < 0 && !pod.equals("NI") && !pod.equals("EV")) {
            return null; // "last morning" is no English
        }
        Resolver r = c -> (c.anchor() == null ? "XXXX-XX-XX" : TimexValues.day(c.anchor().plusDays(shift))) + "T" + pod;
        return new Candidate(m.start(), m.end(), TimeType.TIME, r, Kind.DEICTIC, rule, shift);
    }

    private Candidate anaphoric(Matcher m, String text, int rule) {
        String rel = lower(g(m, "rel") != null ? g(m, "rel") : g(m, "rel2"));
        String p = g(m, "p") == null ? "day" : lower(g(m, "p"));
        int shift = switch (rel) {
            case "next", "following", "after" -> 1;
            case "previous", "preceding", "before" -> -1;
            default -> 0;
        };
        if (!p.equals("day") && !p.equals("morning")) {
            if (!rel.equals("following") && !rel.equals("previous") && !rel.equals("same")) {
                return null; // "the next year" reads as a duration; left to the duration rules
            }
        }
        Resolver r = c -> {
            LocalDate ref = c.reference();
            if (ref == null) {
                return null;
            }
            return switch (p) {
                case "week" -> TimexValues.week(ref.plusWeeks(shift));
                case "month" -> {
                    LocalDate d = ref.plusMonths(shift);
                    yield TimexValues.month(d.getYear(), d.getMonthValue());
                }
                case "year" -> TimexValues.year(ref.getYear() + shift);
                case "morning" -> TimexValues.day(ref.plusDays(shift)) + "TMO";
                default -> TimexValues.day(ref.plusDays(shift));
            };
        };
        return cand(m, rule, TimeType.DATE, r);
    }

    private Candidate dayBeforeYesterday(Matcher m, String text, int rule) {
        int shift = lower(g(m, "rel")).startsWith("before") ? -2 : 2;
        Resolver r = c -> c.anchor() == null ? "XXXX-XX-XX" : TimexValues.day(c.anchor().plusDays(shift));
        return new Candidate(m.start(), m.end(), TimeType.DATE, r, Kind.DEICTIC, rule, shift);
    }

    private Candidate weekday(Matcher m, String text, int rule) {
        if (!capitalised(m, "wd")) {
            return null;
        }
        String next = wordAfter(text, m.end("wd"));
        if (!next.isEmpty() && lex.notDay.contains(TimeLexicon.key(next))) {
            return null; // "the Sunday Times", "Sunday circulation"
        }
        int dow = lex.weekdays.get(TimeLexicon.key(g(m, "wd")));
        String rel = lower(g(m, "rel"));
        String pod = g(m, "pod") == null ? null : lex.partsOfDay.get(lower(g(m, "pod")));
        int start = m.start();
        if (rel != null && (rel.equals("early") || rel.equals("late"))) {
            rel = null;
            start = m.start("wd");
        }
        String r0 = rel;
        Resolver r = c -> {
            String suffix = pod == null ? "" : "T" + pod;
            if (c.anchor() == null) {
                return "XXXX-WXX-" + dow + suffix;
            }
            LocalDate a = c.anchor();
            LocalDate d;
            if (r0 == null) {
                d = TimexValues.weekday(a, dow, c.tense());
            } else if (r0.equals("last") || r0.equals("this past")) {
                d = TimexValues.weekday(a.minusDays(1), dow, Tense.PAST);
            } else if (r0.equals("next") || r0.equals("this coming") || r0.equals("coming")) {
                d = TimexValues.weekday(a.plusDays(1), dow, Tense.FUTURE);
            } else {
                d = TimexValues.weekday(a, dow, c.tense() == Tense.PAST ? Tense.PAST : Tense.FUTURE);
            }
            return TimexValues.day(d) + suffix;
        };
        return new Candidate(start, m.end(), pod == null ? TimeType.DATE : TimeType.TIME, r, Kind.PLAIN, rule, 0);
    }

    private Candidate ago(Matcher m, String text, int rule) {
        Double n = count(g(m, "n"));
        if (n != null && n.isNaN()) {
            return null;
        }
        String u = unit(g(m, "unit"));
        String dir = lower(g(m, "dir"));
        // "a year earlier", "three weeks later": counted, as HeidelTime does for news, from the publication date
        boolean past = dir.equals("ago") || dir.equals("earlier") || dir.equals("before");
        Resolver r = c -> {
            LocalDate a = c.anchor();
            if (n == null || a == null) {
                return past ? "PAST_REF" : "FUTURE_REF";
            }
            long k = Math.round(n) * (past ? -1 : 1);
            return switch (u) {
                case "day" -> TimexValues.day(a.plusDays(k));
                case "week", "fortnight" -> TimexValues.week(a.plusWeeks(u.equals("week") ? k : 2 * k));
                case "month" -> {
                    LocalDate d = a.plusMonths(k);
                    yield TimexValues.month(d.getYear(), d.getMonthValue());
                }
                case "year" -> TimexValues.year(a.getYear() + (int) k);
                case "decade" -> Integer.toString((a.getYear() + 10 * (int) k) / 10);
                case "century" -> String.format(Locale.ROOT, "%02d", (a.getYear() + 100 * (int) k) / 100);
                default -> TimexValues.day(a);
            };
        };
        return cand(m, rule, TimeType.DATE, r);
    }

    private Candidate age(Matcher m, String text, int rule) {
        Double n = count(g(m, "n"));
        if (n == null || n.isNaN()) {
            return null;
        }
        String v = TimexValues.duration(n, unit(g(m, "unit")));
        return cand(m, rule, TimeType.DURATION, c -> v);
    }

    private Candidate duration(Matcher m, String text, int rule) {
        String nText = lower(g(m, "n"));
        Double n = count(nText);
        if (n != null && n.isNaN()) {
            return null;
        }
        String u = unit(g(m, "unit"));
        if (g(m, "the") == null && (nText.equals("a") || nText.equals("an") || nText.equals("one"))
                && !u.equals("decade") && !u.equals("century") && !u.equals("fortnight")) {
            String before = wordBefore(text, m.start()).toLowerCase(Locale.ROOT);
            if (!A_UNIT_CONTEXT.contains(before) || wordAfter(text, m.end()).equalsIgnoreCase("of")) {
                return null; // "once a year", "a year of growth": no length of time is stated
            }
        }
        if (nText.equals("some") || nText.equals("many")) {
            if (g(m, "the") == null) {
                String before = wordBefore(text, m.start()).toLowerCase(Locale.ROOT);
                if (!A_UNIT_CONTEXT.contains(before) && !before.equals("for")) {
                    return null;
                }
            }
        }
        if (n != null && (g(m, "half") != null || g(m, "half2") != null)) {
            n = n + 0.5;
        }
        if (n != null && n > 10000) {
            return null;
        }
        // a year range like "2016-17" or a score is no duration; a plain year before a unit word neither
        if (nText.matches("(?:19|20)\\d\\d") && !m.group().contains(" ")) {
            return null;
        }
        String rel = lower(g(m, "rel"));
        Double n0 = n;
        if (rel != null && (rel.equals("coming") || rel.equals("next")) && n0 == null) {
            return cand(m, rule, TimeType.DATE, c -> "FUTURE_REF");
        }
        String v = TimexValues.duration(n0, u);
        return cand(m, rule, TimeType.DURATION, c -> v);
    }

    private Candidate thePastUnit(Matcher m, String text, int rule) {
        if (wordBefore(text, m.start()).equalsIgnoreCase("at")) {
            return null; // "at the last minute": an idiom, not a length of time
        }
        String u = unit(g(m, "unit"));
        boolean plural = lower(g(m, "unit")).endsWith("s") && !u.equals("century");
        String rel = lower(g(m, "rel"));
        if (rel.equals("following") || rel.equals("previous") && !plural) {
            return null; // anaphoric ("the following year"), handled elsewhere
        }
        if (plural && (rel.equals("coming") || rel.equals("next"))) {
            return cand(m, rule, TimeType.DATE, c -> "FUTURE_REF");
        }
        String v = TimexValues.duration(plural ? null : 1.0, u);
        return cand(m, rule, TimeType.DURATION, c -> v);
    }

    private Candidate unitAndAHalf(Matcher m, String text, int rule) {
        String v = TimexValues.duration(1.5, unit(g(m, "unit")));
        return cand(m, rule, TimeType.DURATION, c -> v);
    }

    private Candidate halfAUnit(Matcher m, String text, int rule) {
        String u = unit(g(m, "unit"));
        if (lower(g(m, "unit")).endsWith("s") && !u.equals("century")) {
            return null;
        }
        String v = TimexValues.duration(0.5, u);
        return cand(m, rule, TimeType.DURATION, c -> v);
    }

    private Candidate vaguePlural(Matcher m, String text, int rule) {
        if (g(m, "unit2") != null && !VAGUE_PLURAL_PREPS.contains(wordBefore(text, m.start()).toLowerCase(Locale.ROOT))) {
            return null;
        }
        String raw = g(m, "unit") != null ? g(m, "unit") : g(m, "unit2");
        String u = unit(raw);
        if (!lower(raw).endsWith("s") || u.equals("century") && !raw.toLowerCase(Locale.ROOT).equals("centuries")) {
            return null;
        }
        String q = lower(g(m, "q"));
        if (q != null && (q.endsWith("coming") || q.endsWith("next") || q.endsWith("following"))) {
            return cand(m, rule, TimeType.DATE, c -> "FUTURE_REF");
        }
        String v = TimexValues.duration(null, u);
        return cand(m, rule, TimeType.DURATION, c -> v);
    }

    private Candidate setEvery(Matcher m, String text, int rule) {
        boolean other = g(m, "other") != null;
        if (g(m, "wd") != null) {
            if (!capitalised(m, "wd")) {
                return null;
            }
            int dow = lex.weekdays.get(TimeLexicon.key(g(m, "wd")));
            return cand(m, rule, TimeType.SET, c -> "XXXX-WXX-" + dow);
        }
        String p = lower(g(m, "p"));
        String v = switch (p) {
            case "day" -> other ? "P2D" : "P1D";
            case "week" -> other ? "P2W" : "P1W";
            case "month" -> other ? "P2M" : "P1M";
            case "year" -> other ? "P2Y" : "P1Y";
            case "quarter" -> "P3M";
            case "weekend" -> "XXXX-WXX-WE";
            default -> "TXX" + lex.partsOfDay.get(p).substring(0, 2);
        };
        String value = v.startsWith("TXX") ? "XXXX-XX-XXT" + v.substring(3) : v;
        return cand(m, rule, TimeType.SET, c -> value);
    }

    private Candidate setAdverb(Matcher m, String text, int rule) {
        String adv = lower(g(m, "adv"));
        String after = wordAfter(text, m.end());
        boolean beforeWord = !after.isEmpty() && Character.isLetter(after.charAt(0)) && !Set.of("and", "or", "since",
                "in", "on", "at", "for", "from", "to", "until", "by").contains(after.toLowerCase(Locale.ROOT));
        if (beforeWord && !adv.equals("annually")) {
            return null; // "the daily newspaper": an adjective, not a frequency
        }
        String v = switch (adv) {
            case "daily", "nightly" -> "P1D";
            case "weekly" -> "P1W";
            case "monthly" -> "P1M";
            case "hourly" -> "PT1H";
            case "quarterly" -> "P3M";
            default -> "P1Y";
        };
        return cand(m, rule, TimeType.SET, c -> v);
    }

    private Candidate setPerAmount(Matcher m, String text, int rule) {
        {
            String before = wordBefore(text, m.start()).toLowerCase(Locale.ROOT);
            boolean amount = !before.isEmpty() && (Character.isDigit(before.charAt(before.length() - 1))
                    || PER_AMOUNT.contains(before)) || (m.start() > 1 && text.charAt(m.start() - 2) == '%');
            if (!amount) {
                return null; // "a day of talks"; "thousands a week" and "$5 a day" are rates
            }
        }
        return setPer(m, text, rule);
    }

    private Candidate setPer(Matcher m, String text, int rule) {
        String p = lower(g(m, "p"));
        String v = switch (p) {
            case "hour" -> "PT1H";
            case "minute" -> "PT1M";
            case "day" -> "P1D";
            case "week" -> "P1W";
            case "month" -> "P1M";
            case "decade" -> "P10Y";
            default -> "P1Y";
        };
        return cand(m, rule, TimeType.SET, c -> v);
    }

    private Candidate clock(Matcher m, String text, int rule) {
        String time;
        if (g(m, "nm") != null) {
            time = lower(g(m, "nm")).equals("midnight") ? "24:00" : "12:00";
        } else {
            boolean withAp = g(m, "h") != null;
            int h = Integer.parseInt(withAp ? g(m, "h") : g(m, "h2"));
            String mi = withAp ? g(m, "mi") : g(m, "mi2");
            if (withAp) {
                String ap = lower(g(m, "ap"));
                if (h < 1 || h > 12) {
                    return null;
                }
                if (ap.startsWith("p") && h < 12) {
                    h += 12;
                } else if (ap.startsWith("a") && h == 12) {
                    h = 0;
                }
            } else if (g(m, "tz2") == null) {
                String before = wordBefore(text, m.start()).toLowerCase(Locale.ROOT);
                if (!before.equals("at") && !before.equals("by") && !before.equals("until") && !before.equals("from")) {
                    return null; // "3:1" scores and ratios
                }
            }
            time = String.format(Locale.ROOT, "%02d:%s", h, mi == null ? "00" : mi);
        }
        String t = time;
        Resolver r = c -> {
            LocalDate ref = c.reference();
            return (ref == null ? "XXXX-XX-XX" : TimexValues.day(ref)) + "T" + t;
        };
        return new Candidate(m.start(), m.end(), TimeType.TIME, r, Kind.CLOCK, rule, 0);
    }

    private Candidate generic(Matcher m, String text, int rule) {
        String g = lower(g(m, "g"));
        String v;
        if (g.endsWith("now") || g.equals("currently") || g.equals("nowadays") || g.equals("these days")
                || g.equals("the present") || g.equals("at the moment")) {
            v = "PRESENT_REF";
        } else if (g.equals("the future")) {
            v = "FUTURE_REF";
        } else if (g.equals("so far") || g.equals("to date")) {
            return null;
        } else {
            v = "PAST_REF";
        }
        if (g.equals("now")) {
            String after = wordAfter(text, m.end()).toLowerCase(Locale.ROOT);
            if (after.equals("that")) {
                return null; // "now that": a conjunction
            }
        }
        int start = m.start();
        if (g.equals("at the moment")) {
            start = m.start() + 3;
        }
        return new Candidate(start, m.end(), TimeType.DATE, c -> v, Kind.PLAIN, rule, 0);
    }

    private Candidate quarter(Matcher m, String text, int rule) {
        int q;
        String ys;
        if (g(m, "qq") != null) {
            if (!g(m, "qq").startsWith("Q")) {
                return null;
            }
            q = g(m, "qq").charAt(1) - '0';
            ys = g(m, "y2");
        } else {
            String o = lower(g(m, "ord"));
            q = switch (o.charAt(0)) {
                case 'f' -> o.startsWith("fi") ? 1 : 4;
                case 's' -> 2;
                case 't' -> 3;
                default -> o.charAt(0) - '0';
            };
            ys = g(m, "y");
        }
        String rely = g(m, "rely") == null ? null : lower(g(m, "rely"));
        return cand(m, rule, TimeType.DATE, c -> {
            if (ys != null) {
                return ys + "-Q" + q;
            }
            if (c.anchor() == null) {
                return "XXXX-Q" + q;
            }
            int y;
            if (rely != null) {
                y = c.anchor().getYear() + (rely.equals("last") ? -1 : rely.equals("next") ? 1 : 0);
            } else {
                LocalDate[] s = new LocalDate[3];
                LocalDate[] e = new LocalDate[3];
                for (int i = 0; i < 3; i++) {
                    s[i] = TimexValues.quarterStart(c.anchor().getYear() + i - 1, q);
                    e[i] = s[i].plusMonths(3).minusDays(1);
                }
                y = c.anchor().getYear() + TimexValues.pick(c.anchor(), c.tense(), s, e);
            }
            return TimexValues.year(y) + "-Q" + q;
        });
    }

    private Candidate halfYear(Matcher m, String text, int rule) {
        int h = lower(g(m, "ord")).startsWith("f") ? 1 : 2;
        String ys = g(m, "y");
        String rely = g(m, "rely") == null ? null : lower(g(m, "rely"));
        return cand(m, rule, TimeType.DATE, c -> {
            if (ys != null) {
                return ys + "-H" + h;
            }
            if (c.anchor() == null) {
                return "XXXX-H" + h;
            }
            int y = c.anchor().getYear() + (rely == null ? 0 : rely.equals("last") ? -1 : rely.equals("next") ? 1 : 0);
            return TimexValues.year(y) + "-H" + h;
        });
    }

    private Candidate season(Matcher m, String text, int rule) {
        String s = lower(g(m, "s"));
        String rel = lower(g(m, "rel"));
        String ys = g(m, "y");
        String before = wordBefore(text, m.start()).toLowerCase(Locale.ROOT);
        if (rel == null && ys == null && g(m, "mod") == null) {
            if (!Set.of("in", "during", "by", "until", "since", "over", "through", "the", "this", "last", "next", "early",
                    "late").contains(before)) {
                return null;
            }
            if (s.equals("fall") && !before.equals("the") && !before.equals("this")) {
                return null;
            }
            String after = wordAfter(text, m.end()).toLowerCase(Locale.ROOT);
            if (before.equals("the") && !after.isEmpty() && Character.isLetter(after.charAt(0))
                    && !Set.of("of", "and", "or", "when", "before", "after").contains(after)) {
                return null; // "the spring offensive"
            }
        }
        if (s.equals("fall") && rel == null && ys == null && !before.equals("the") && !before.equals("this")) {
            return null;
        }
        String code = lex.seasons.get(s);
        int shift = rel == null ? 0 : rel.contains("last") || rel.contains("past") ? -1 : rel.contains("next") || rel.contains("coming") ? 1 : 0;
        return cand(m, rule, TimeType.DATE, c -> {
            if (ys != null) {
                return ys + "-" + code;
            }
            if (c.anchor() == null) {
                return "XXXX-" + code;
            }
            Tense t = shift == 0 ? c.tense() : shift < 0 ? Tense.PAST : Tense.FUTURE;
            return TimexValues.year(seasonYear(c.anchor(), code, t, shift)) + "-" + code;
        });
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
        return cand(m, rule, TimeType.DATE, c -> {
            if (c.anchor() == null) {
                return "XXXX-" + md;
            }
            Integer y = TimexValues.yearOfDay(c.anchor(), mo, d, c.tense());
            return y == null ? null : TimexValues.year(y) + "-" + md;
        });
    }

    private static Set<String> words(String... ws) {
        return Set.copyOf(java.util.Arrays.asList(ws));
    }
}
