package dev.newsgraph.analysis.time;

import dev.newsgraph.analysis.time.TimexGrammar.Candidate;
import dev.newsgraph.analysis.time.TimexGrammar.Context;
import dev.newsgraph.analysis.time.TimexGrammar.Resolver;
import dev.newsgraph.model.TimeType;
import java.util.Locale;
import java.util.Set;
import java.util.function.ToIntFunction;
import java.util.regex.Matcher;

/**
 * Parts of a year: quarters ({@code the third quarter}, {@code Q1 2024}), halves
 * ({@code the first half of 2017}) and seasons ({@code last summer}, {@code spring 2016}). Without a
 * year the tense of the clause picks which one; a bare season needs a preposition or article
 * before it ("in spring"), and "fall" needs "the" or "this", since both are common words.
 */
final class PartsOfYear extends RuleFamily {
    PartsOfYear(TimeLexicon lex) {
        super(lex);
        add("quarter", QUARTER, "\\b(?:the\\s+)?(?:(?<py>\\d{4})\\s+|(?<prel>this|last|next)\\s+year['\u2019]s\\s+|(?<pye>year-earlier|year-ago)\\s+)?"
                + "(?<ord>first|second|third|fourth|1st|2nd|3rd|4th)[\\s-]+quarter(?:\\s+of\\s+(?:(?<y>\\d{4})|(?<rely>this|last|next)\\s+year|the\\s+year))?\\b"
                + "|\\b(?<qq>Q[1-4])(?:\\s+(?<y2>\\d{4}))?\\b", this::quarter);
        add("reporting period", QUARTER, "\\bthe\\s+(?:(?:comparable|corresponding|same)\\s+)?(?:(?<mod>latest|current|most\\s+recent|year-earlier|year-ago)\\s+|(?<py>(?:19|20)\\d\\d)\\s+)?"
                + "(?:fiscal\\s+)?(?<p>quarter|period)\\b", this::reportingPeriod);
        add("reporting year", UNIT, "\\bthe\\s+(?:(?<mod>current|latest|full)\\s+)?(?:fiscal\\s+)?year\\b(?![-\u2019'])",
                this::reportingYear);
        add("year-earlier", UNIT, "\\b(?:year-earlier|year-ago)\\b", this::yearEarlier);
        add("half year", QUARTER, "\\b(?:the\\s+)?(?<ord>first|second|last|latter)\\s+(?:half|two\\s+quarters)\\s+of\\s+(?:(?<y>\\d{4})|(?<rely>this|last|next)\\s+year|the\\s+year)\\b", this::halfYear);
        add("season", SEASON, "\\b(?:(?<rel>this|last|next|this\\s+past|this\\s+coming)\\s+|(?<mod>early|late|mid)(?:\\s+|-))?(?<s>spring|summer|autumn|winter|fall)(?:\\s+(?:of\\s+)?(?<y>\\d{4}|" + YearsAndDecades.SPOKEN_YEAR + "))?\\b",
                this::season);
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
            ys = g(m, "y") != null ? g(m, "y") : g(m, "py"); // "the third quarter of 1988", "the 1988 second quarter"
        }
        String rely = g(m, "rely") != null ? lower(g(m, "rely")) : g(m, "prel") != null ? lower(g(m, "prel"))
                : g(m, "pye") != null ? "last" : null; // "this year's third quarter", "the year-earlier third quarter"
        return cand(m, rule, TimeType.DATE, c -> ofYear(c, "Q" + q, ys, rely,
                k -> TimexValues.yearOfQuarter(k.anchor(), q, k.tense())));
    }

    /** Words by which a sentence reports a company's or an economy's results for a period. */
    private static final java.util.regex.Pattern RESULTS = java.util.regex.Pattern.compile(
            "\\b(?:profits?|earnings|net\\s+income|revenues?|sales|net\\s+loss|losses|per\\s+share|dividends?|results|"
                    + "output|growth|GDP)\\b", java.util.regex.Pattern.CASE_INSENSITIVE);

    /**
     * The period a results report speaks of: "net income rose in the quarter", "the latest quarter"
     * is the last quarter before publication, "the current quarter" the one it is published in,
     * "the year-earlier quarter" the last one's twin a year before. Only in a sentence that
     * reports results ("the French quarter" is a place) unless dated ("the year-ago quarter");
     * "the period" needs its modifier.
     */
    private Candidate reportingPeriod(Matcher m, String text, int rule) {
        String mod = g(m, "mod") == null ? "" : lower(g(m, "mod")).replaceAll("\\s+", " ");
        boolean period = lower(g(m, "p")).equals("period");
        String py = g(m, "py");
        // "the year-ago quarter", "the 1988 period" name a reporting period whatever the sentence says; "the quarter"
        // and "the latest period" only where results are reported
        boolean dated = py != null || mod.startsWith("year");
        if (period && mod.isEmpty() && py == null || !dated && !reportsResults(text, m.start(), m.end())) {
            return null;
        }
        if (py != null) {
            // "the 1988 quarter", "the 1989 period": the quarter being reported (the last one ended), in the year named
            return cand(m, rule, TimeType.DATE, c -> c.anchor() == null ? py + "-QX"
                    : py + "-Q" + TimexValues.quarterOf(c.anchor().minusMonths(3)));
        }
        int back = switch (mod) {
            case "current" -> 0;
            case "year-earlier", "year-ago" -> 5;
            default -> 1;
        };
        return cand(m, rule, TimeType.DATE, c -> {
            if (c.anchor() == null) {
                return "XXXX-QX";
            }
            java.time.LocalDate q = TimexValues.quarterStart(c.anchor().getYear(), TimexValues.quarterOf(c.anchor()))
                    .minusMonths(3L * back);
            return TimexValues.year(q.getYear()) + "-Q" + TimexValues.quarterOf(q);
        });
    }

    /**
     * The year a results report speaks of: "the year ended March 31" is a company's fiscal year, a year's length
     * that ends on the day named (TimeML: P1Y); "sales for the year", "the current fiscal year" the year of the
     * report. Only in a sentence that reports results or before "ended", and not as the anchor of a counted
     * offset ("the year before").
     */
    private Candidate reportingYear(Matcher m, String text, int rule) {
        String after = wordAfter(text, m.end()).toLowerCase(Locale.ROOT);
        if (after.equals("ended") || after.equals("ending")) {
            return cand(m, rule, TimeType.DURATION, c -> "P1Y");
        }
        if (Set.of("ago", "earlier", "before", "after", "later", "that", "when", "in", "of").contains(after)
                || !reportsResults(text, m.start(), m.end())) {
            return null;
        }
        int back = "latest".equals(lower(g(m, "mod"))) ? 1 : 0; // "the latest fiscal year": the last one closed
        return cand(m, rule, TimeType.DATE, c -> c.anchor() == null ? "XXXX" : TimexValues.year(c.anchor().getYear() - back));
    }

    /**
     * "A year-earlier net loss", "year-ago results": the year before the report's, made the year-ago quarter
     * where results are reported by quarter (see {@link TimeAnchor}).
     */
    private Candidate yearEarlier(Matcher m, String text, int rule) {
        return cand(m, rule, TimeType.DATE, c -> c.anchor() == null ? "XXXX" : TimexValues.year(c.anchor().getYear() - 1));
    }

    /** Whether the sentence around [start, end) reports results: the text between the sentence ends nearest it. */
    static boolean reportsResults(String text, int start, int end) {
        int from = Math.max(text.lastIndexOf(". ", start) + 1, Math.max(0, start - 300));
        int to = text.indexOf(". ", end);
        to = to < 0 ? Math.min(text.length(), end + 300) : Math.min(to, end + 300);
        return RESULTS.matcher(text.substring(from, to)).find();
    }

    private Candidate halfYear(Matcher m, String text, int rule) {
        int h = lower(g(m, "ord")).startsWith("f") ? 1 : 2; // "the last half", "the latter half": the second
        String ys = g(m, "y");
        String rely = g(m, "rely") == null ? null : lower(g(m, "rely"));
        return cand(m, rule, TimeType.DATE, c -> ofYear(c, "H" + h, ys, rely, k -> k.anchor().getYear()));
    }

    /**
     * Part {@code code} ("Q3", "H1") of the year written ({@code ys}), else of the year that "this",
     * "last" or "next year" ({@code rely}) names from the anchor, else of the year {@code unnamed}
     * picks; without an anchor the year stays open.
     */
    private static String ofYear(Context c, String code, String ys, String rely, ToIntFunction<Context> unnamed) {
        if (ys != null) {
            return ys + "-" + code;
        }
        if (c.anchor() == null) {
            return "XXXX-" + code;
        }
        int y = rely != null ? c.anchor().getYear() + (rely.equals("last") ? -1 : rely.equals("next") ? 1 : 0)
                : unnamed.applyAsInt(c);
        return TimexValues.year(y) + "-" + code;
    }

    private Candidate season(Matcher m, String text, int rule) {
        String s = lower(g(m, "s"));
        String rel = lower(g(m, "rel"));
        String ys = YearsAndDecades.yearOf(g(m, "y"));
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
                    && !Set.of("of", "and", "or", "when", "before", "after", "that", "as").contains(after)) {
                return null; // "the spring offensive"
            }
        }
        if (s.equals("fall") && rel == null && ys == null && !before.equals("the") && !before.equals("this")) {
            return null;
        }
        String code = lex.seasons.get(s);
        int shift = rel == null ? 0 : rel.contains("last") || rel.contains("past") ? -1 : rel.contains("next") || rel.contains("coming") ? 1 : 0;
        Resolver r = c -> ofYear(c, code, ys, null, k -> TimexValues.seasonYear(k.anchor(), code,
                shift == 0 ? k.tense() : shift < 0 ? Tense.PAST : Tense.FUTURE, shift));
        java.util.regex.Matcher the = THE_BEFORE.matcher(text.substring(Math.max(0, m.start() - 4), m.start()));
        if (rel == null && g(m, "mod") == null && the.find()) {
            // "said in the summer": the determiner is part of the expression, as in "the past year"
            return new Candidate(m.start() - (the.end() - the.start()), m.end(), TimeType.DATE, r,
                    TimexGrammar.Kind.PLAIN, rule, 0);
        }
        return cand(m, rule, TimeType.DATE, r);
    }

    private static final java.util.regex.Pattern THE_BEFORE = java.util.regex.Pattern.compile("(?i)\\bthe\\s+$");
}
