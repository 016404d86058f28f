package dev.newsgraph.analysis.time;

import dev.newsgraph.analysis.time.TimexGrammar.Candidate;
import dev.newsgraph.model.TimeType;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;

/**
 * Years ({@code 2014}, {@code mid-2026}, {@code in 1848}), decades ({@code the 1990s},
 * {@code '90s}) and centuries ({@code the 20th century}). A four-digit number is a year only where
 * nothing marks it as an amount: no currency sign or letter before it, no {@code %} or count noun
 * after it ({@code 2000 soldiers}), no "about" or "than" before it; a year before 1900 needs a
 * preposition that dates ("in", "since").
 */
final class YearsAndDecades extends RuleFamily {
    /** Words before a four-digit number that make it an amount ("about 2000", "Boeing 747"), not a year. */
    private static final Set<String> APPROX = words("about", "some", "nearly", "around", "almost", "roughly",
            "approximately", "than", "least", "to", "estimated", "only", "just", "over", "under", "another", "additional",
            "extra", "No", "no", "number", "No.", "Boeing", "Airbus");
    /** A number below 1900 is a year only after a word that dates: "in 1848", not "1848 votes". */
    private static final Set<String> OLD_YEAR_PREPS = words("in", "since", "until", "by", "from", "of", "before", "after");

    private static final String UNIT_WORD = "(?:one|two|three|four|five|six|seven|eight|nine)";
    private static final String TENS_WORD = "(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)";
    private static final String TEEN_WORD = "(?:ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)";
    /**
     * A year said in words, as broadcast transcripts write it: "nineteen ninety-six", "nineteen oh five",
     * "nineteen hundred", "two thousand", "two thousand and one". No groups of its own.
     */
    static final String SPOKEN_YEAR = "(?:(?:eighteen|nineteen)[\\s-]+(?:hundred|" + TENS_WORD + "(?:[\\s-]" + UNIT_WORD + ")?|"
            + TEEN_WORD + "|oh[\\s-]" + UNIT_WORD + ")(?![\\s-](?:hundred|thousand|million|percent)\\b)"
            + "|two\\s+thousand(?:\\s+(?:and\\s+)?(?:" + TENS_WORD + "(?:[\\s-]" + UNIT_WORD + ")?|" + TEEN_WORD + "|" + UNIT_WORD
            + "))?)";
    private static final List<String> NUMBER_WORDS = List.of("zero", "one", "two", "three", "four", "five", "six", "seven",
            "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
            "eighteen", "nineteen");
    private static final List<String> TENS_WORDS = List.of("", "", "twenty", "thirty", "forty", "fifty", "sixty",
            "seventy", "eighty", "ninety");

    /** The four digits of a year written in digits or in words ({@link #SPOKEN_YEAR}); null stays null. */
    static String yearOf(String written) {
        if (written == null || written.matches("\\d{4}")) {
            return written;
        }
        String[] w = written.toLowerCase(Locale.ROOT).replaceAll("\\band\\b", " ").trim().split("[\\s-]+");
        int century;
        int k;
        if (w[0].equals("two") && w.length > 1 && w[1].equals("thousand")) {
            century = 20;
            k = 2;
        } else {
            century = NUMBER_WORDS.indexOf(w[0]);
            k = 1;
        }
        int rest = 0;
        for (int i = k; i < w.length; i++) {
            int n = NUMBER_WORDS.indexOf(w[i]);
            int t = TENS_WORDS.indexOf(w[i]);
            rest += n >= 0 ? n : t >= 0 ? 10 * t : 0; // "oh" and "hundred" add nothing
        }
        return TimexValues.year(century * 100 + rest);
    }

    YearsAndDecades(TimeLexicon lex) {
        super(lex);
        add("decade", DIGIT, "\\b(?:the\\s+)?(?:(?<mod>early|mid|late)(?:\\s+|-))?(?<dec>(?:1[5-9]|20)\\d0)['\u2019]?s\\b", this::decade);
        add("short decade", DIGIT, "(?:\\bthe\\s+)?(?:\\b(?<mod>early|mid|late)(?:\\s+|-))?(?<![\\w'\u2019])['\u2019](?<dd>\\d)0s\\b", this::decade);
        add("century", DIGIT, "\\b(?:the\\s+)?(?:(?<mod>early|mid|late)(?:\\s+|-))?(?<c>\\d{1,2})(?:st|nd|rd|th)[\\s-]+century\\b", this::century);
        add("year", DIGIT, "\\b" + mod + "(?<y>(?:19|20)\\d\\d)\\b", this::year);
        add("spoken year", DIGIT, "\\b(?:(?<the>the\\s+year)\\s+)?(?<sy>" + SPOKEN_YEAR + ")\\b", this::spokenYear);
        add("old year", DIGIT, "\\b(?<y>1[0-8]\\d\\d)\\b", this::oldYear);
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
                return null; // "$2015", "#2019", "A2020": an amount, a number or a code
            }
            if ((p == ',' || p == '.') && s > 1 && Character.isDigit(text.charAt(s - 2))) {
                return null; // the tail of "12,2019" or "3.2019"
            }
        }
        if (e < text.length()) {
            char n = text.charAt(e);
            if (n == '%' || ((n == ',' || n == '.') && e + 1 < text.length() && Character.isDigit(text.charAt(e + 1)))) {
                return null; // "2019%", "2019.5", "2,019,000": a number
            }
            if ((n == '-' || n == '\u2013') && e + 1 < text.length() && Character.isLetter(text.charAt(e + 1))) {
                return null; // "2000-strong", "1990-style": a compound
            }
        }
        String after = wordAfter(text, e).toLowerCase(Locale.ROOT);
        if (lex.notYear.contains(after) || after.equals("per")) {
            return null; // "2000 soldiers", "2000 per day": a count
        }
        String before = wordBefore(text, m.start());
        if (g(m, "mod") == null && APPROX.contains(before)) {
            return null; // "about 2000", "Boeing 747": an amount or a name
        }
        String v = g(m, "y");
        return cand(m, rule, TimeType.DATE, c -> v);
    }

    /**
     * "In nineteen ninety-six", "the year two thousand": a year said in words. "Two thousand" alone is a year
     * only after "the year" or a preposition that dates, and no year is followed by a noun it counts.
     */
    private Candidate spokenYear(Matcher m, String text, int rule) {
        String sy = g(m, "sy");
        String before = wordBefore(text, m.start()).toLowerCase(Locale.ROOT);
        if (g(m, "the") == null && sy.toLowerCase(Locale.ROOT).startsWith("two") && !OLD_YEAR_PREPS.contains(before)) {
            return null; // "two thousand people"
        }
        String after = wordAfter(text, m.end()).toLowerCase(Locale.ROOT);
        if (lex.notYear.contains(after) || after.equals("dollars") || after.equals("of") || APPROX.contains(before)) {
            return null;
        }
        String v = yearOf(sy);
        return cand(m, rule, TimeType.DATE, c -> v);
    }

    private Candidate oldYear(Matcher m, String text, int rule) {
        if (!OLD_YEAR_PREPS.contains(wordBefore(text, m.start()).toLowerCase(Locale.ROOT))) {
            return null;
        }
        return year(m, text, rule);
    }
}
