package dev.newsgraph.analysis.time;

import dev.newsgraph.analysis.time.TimexGrammar.Candidate;
import dev.newsgraph.model.TimeType;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;

/**
 * Recurring times, TIMEX3 {@code SET}: {@code every Monday}, {@code every other week},
 * {@code daily}, {@code twice a year}, and rates ({@code thousands a week}, {@code $5 a day}). "Daily" before a
 * noun is a frequency too ("the daily tally", "a daily rally", as TimeML marks it; not "quarterly earnings"), but not a paper's ("the daily
 * newspaper", "the party daily Granma");
 * "a day" is a rate only after an amount.
 */
final class Frequencies extends RuleFamily {
    /** Words before "a day" that make it a rate: "thousands a week", "hours a day". */
    private static final Set<String> PER_AMOUNT = words("thousands", "hundreds", "millions", "dozens", "dollars",
            "billions", "people", "hours", "days", "times", "once", "twice", "thousand", "million", "billion", "trillion",
            "bn", "m"); // an amount with its scale: "$33 million a year"

    Frequencies(TimeLexicon lex) {
        super(lex);
        add("set every", UNIT | DAYWORD | WEEKDAY, "\\b(?<q>every|each)\\s+(?:(?<other>other)\\s+)?(?:(?<p>day|week|month|year|morning|afternoon|evening|night|weekend|quarter)|" + wd + ")\\b",
                this::setEvery);
        add("set adverb", SET, "\\b(?<adv>daily|weekly|monthly|annually|yearly|hourly|nightly|quarterly)\\b", this::setAdverb);
        add("set times", UNIT, "\\b(?<freq>once|twice|three\\s+times|four\\s+times|\\d+\\s+times)\\s+(?:a|an|per|every|each)\\s+(?<p>day|week|month|year|hour|minute|decade)\\b",
                this::setPer);
        add("set per", UNIT, "\\b(?:a|an|per|each)\\s+(?<p>day|week|month|year|hour)\\b(?!\\s+(?:ago|later|earlier|after|before|and|or))", this::setPerAmount);
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

    /** Frequencies that, before a noun, tell how often a thing recurs ("a daily rally"); "quarterly earnings" is a kind of report. */
    private static final Set<String> RECURRING = Set.of("daily", "nightly", "weekly", "hourly");

    /** Nouns a frequency adjective names a publication or programme with ("the daily newspaper"). */
    private static final Set<String> PUBLICATIONS = Set.of("newspaper", "newspapers", "paper", "papers", "news", "edition",
            "editions", "magazine", "journal", "show", "programme", "program", "bulletin", "column", "mail", "telegraph",
            "express", "star", "beast", "caller", "press");

    private Candidate setAdverb(Matcher m, String text, int rule) {
        String adv = lower(g(m, "adv"));
        String after = wordAfter(text, m.end());
        boolean beforeWord = !after.isEmpty() && Character.isLetter(after.charAt(0)) && !Set.of("and", "or", "since",
                "in", "on", "at", "for", "from", "to", "until", "by").contains(after.toLowerCase(Locale.ROOT));
        if (beforeWord && !adv.equals("annually") && (!RECURRING.contains(adv) || PUBLICATIONS.contains(after.toLowerCase(Locale.ROOT))
                || Character.isUpperCase(after.charAt(0)) || Character.isUpperCase(text.charAt(m.start())))) {
            return null; // "the daily newspaper", "the party daily Granma", "the Daily Mail": a paper, not a frequency
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
}
