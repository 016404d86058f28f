package dev.newsgraph.cli.eval;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Totals over many scored articles, and the lines the reference scorer prints: one line per
 * article with its errors, and the totals (persons and events as precision, recall and F1 of the
 * summed counts; every other measure as the share of its summed counts, null where nothing
 * counted), rounded to three places. Not thread-safe.
 */
public final class ScoreReport {
    private static final List<String> SHARES = List.of("quote_attribution", "quotes_found", "quotes_precision",
            "event_dates", "event_casualties", "times", "money", "cleanup", "other_entities_recall", "persons_country");
    private final Map<String, long[]> totals = new LinkedHashMap<>();
    private int articles;

    /** Adds an article's counts to the totals. */
    public void add(ArticleScore score) {
        articles++;
        score.counts().forEach((k, v) -> {
            long[] t = totals.computeIfAbsent(k, x -> new long[v.length]);
            for (int i = 0; i < v.length; i++) {
                t[i] += v[i];
            }
        });
    }

    public int articles() {
        return articles;
    }

    /** The article's line and its error lines, as the reference scorer prints them. */
    public static String lines(String name, ArticleScore s) {
        double[] persons = prf(s.get("persons_counts"));
        double[] events = prf(s.get("events_counts"));
        StringBuilder b = new StringBuilder();
        b.append(name).append(": persons F1 ").append(fixed(persons[2], 2))
                .append(" | quotes found ").append(frac(s.get("quotes_found")))
                .append(", speaker right ").append(frac(s.get("quote_attribution")))
                .append(" | events P ").append(fixed(events[0], 2)).append(" R ").append(fixed(events[1], 2))
                .append(" F1 ").append(fixed(events[2], 2)).append(", dates ").append(frac(s.get("event_dates")))
                .append(" | times ").append(frac(s.get("times"))).append(" | money ").append(frac(s.get("money")))
                .append(" | cleanup ").append(frac(s.get("cleanup")));
        for (ArticleScore.QuoteError q : s.quoteErrors()) {
            b.append("\n   quote ").append(pyRepr(q.text())).append(": gold ").append(q.gold()).append(", got ")
                    .append(q.got() == null ? "None" : q.got());
        }
        for (String m : s.eventsMissed()) {
            b.append("\n   missed ").append(m);
        }
        return b.toString();
    }

    /** The totals, in the reference scorer's order; a measure nothing counted for is null. */
    public Map<String, Double> summary() {
        Map<String, Double> out = new LinkedHashMap<>();
        for (String k : List.of("persons", "events")) {
            long[] c = totals.getOrDefault(k + "_counts", new long[4]);
            double[] prf = prf(c[0], c[1], c[2], c[3]);
            out.put(k + "_precision", round3(prf[0]));
            out.put(k + "_recall", round3(prf[1]));
            out.put(k + "_f1", round3(prf[2]));
        }
        for (String k : SHARES) {
            long[] c = totals.getOrDefault(k, new long[2]);
            out.put(k, c[1] == 0 ? null : round3(c[0] / (double) c[1]));
        }
        return out;
    }

    /** The TOTAL line. */
    public String totalLine() {
        StringBuilder b = new StringBuilder("TOTAL");
        summary().forEach((k, v) -> b.append(' ').append(k).append('=').append(v == null ? "None" : v.toString()));
        return b.toString();
    }

    static double[] prf(int[] c) {
        return prf(c[0], c[1], c[2], c[3]);
    }

    static double[] prf(long tpP, long nSys, long tpR, long nGold) {
        double p = nSys != 0 ? tpP / (double) nSys : (nGold == 0 ? 1.0 : 0.0);
        double r = nGold != 0 ? tpR / (double) nGold : 1.0;
        double f = p + r != 0 ? 2 * p * r / (p + r) : 0.0;
        return new double[] {p, r, f};
    }

    /** Python's {@code round(x, 3)}: the exact binary value, halves to even. */
    static double round3(double x) {
        return new BigDecimal(x).setScale(3, RoundingMode.HALF_EVEN).doubleValue();
    }

    /** Python's {@code f"{x:.Nf}"}. */
    static String fixed(double x, int places) {
        return new BigDecimal(x).setScale(places, RoundingMode.HALF_EVEN).toPlainString();
    }

    static String frac(int[] t) {
        return t[1] != 0 ? t[0] + "/" + t[1] : "-";
    }

    /** Python's {@code repr} of a string, for the quote error lines. */
    static String pyRepr(String s) {
        char quote = s.indexOf('\'') >= 0 && s.indexOf('"') < 0 ? '"' : '\'';
        StringBuilder b = new StringBuilder().append(quote);
        s.codePoints().forEach(c -> {
            if (c == quote || c == '\\') {
                b.append('\\').appendCodePoint(c);
            } else if (c == '\n') {
                b.append("\\n");
            } else if (c == '\r') {
                b.append("\\r");
            } else if (c == '\t') {
                b.append("\\t");
            } else if (c < 0x20 || c == 0x7f) {
                b.append(String.format("\\x%02x", c));
            } else {
                b.appendCodePoint(c);
            }
        });
        return b.append(quote).toString();
    }
}
