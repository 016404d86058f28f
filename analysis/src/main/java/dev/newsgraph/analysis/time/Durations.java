package dev.newsgraph.analysis.time;

import dev.newsgraph.analysis.quantity.NumberReader;
import dev.newsgraph.analysis.time.TimexGrammar.Candidate;
import dev.newsgraph.analysis.time.TimexGrammar.Resolver;
import dev.newsgraph.model.TimeType;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;

/**
 * Lengths of time and counted offsets: {@code two months}, {@code four hours},
 * {@code 25-year}, {@code a year and a half}, {@code half an hour}, {@code the past two years},
 * {@code 2 1/2 years}, {@code the past two quarters}, {@code for months}, {@code the 8-month-old truce} (a
 * person's age is no time), and {@code two years ago} / {@code a year earlier} (a date counted back from the
 * publication date). A lone "a year" is a length of time only where the words around say so ("for a year",
 * "in a year"), not in "once a year" or "a year of growth".
 */
final class Durations extends RuleFamily {
    private static final String UNITS_RX = "(?<unit>seconds?|minutes?|hours?|days?|weeks?|fortnights?|months?|quarters?|years?|decades?|century|centuries)";
    private static final String NUM = "(?<n>" + NumberReader.NUMBER + "|a\\s+few|a\\s+couple\\s+of|couple\\s+of|few|several|many|some)";
    /** Words before "a year" (or "some years") that make it a length of time: "for a year", "in a year". */
    private static final Set<String> A_UNIT_CONTEXT = words("for", "in", "within", "over", "about", "around", "nearly",
            "almost", "than", "after", "under", "just", "only", "least", "half", "lasted", "last", "past", "spent",
            "took", "take", "takes", "roughly", "barely", "some", "once", "up");
    /** A bare plural unit ("months") is a vague length of time only after these: "for months". */
    private static final Set<String> VAGUE_PLURAL_PREPS = words("for", "within", "in", "over", "after", "lasting");

    Durations(TimeLexicon lex) {
        super(lex);
        add("ago", UNIT, "\\b" + NUM + "[\\s-]+" + UNITS_RX + "(?:\\s+or\\s+(?:so|two|three))?\\s+(?<dir>ago|from\\s+now|earlier|before|later|hence)\\b", this::ago);
        add("hours later", UNIT, "\\b(?:(?:a\\s+few|a\\s+couple\\s+of|several|some)\\s+)?(?:hours|minutes|moments)\\s+(?:later|earlier|afterwards?)\\b",
                this::hoursLater);
        add("age", UNIT, "\\b" + NUM + "[\\s-]+" + UNITS_RX + "[\\s-]+olds?\\b", this::age);
        add("duration", UNIT, "\\b(?:(?<the>the)\\s+(?<rel>past|last|previous|next|coming|first|final|following|remaining|year-earlier|year-ago)\\s+)?" + NUM
                + "(?:\\s+(?<half>and\\s+a\\s+half)|\\s+(?<frac>1/2|1/4|3/4)|(?<frac2>[\u00bd\u00bc\u00be]))?"
                + "(?:\\s+(?:more|additional|further))?[\\s-]+"
                + "(?:(?:trading|business|working)\\s+)?" + UNITS_RX + "(?<half2>\\s+and\\s+a\\s+half)?\\b", this::duration);
        add("another unit", UNIT, "\\b(?:another|one\\s+more)\\s+(?<unit>second|minute|hour|day|week|month|year|decade)\\b"
                + "(?!\\s+of\\b)", this::anotherUnit);
        add("unit-long", UNIT, "\\b(?<unit>day|week|month|year|decade)(?<pl>s)?-long\\b", this::unitLong);
        add("quarter century", UNIT, "\\b(?:a\\s+)?quarter(?:\\s+of\\s+a|-)?\\s*century\\b", this::quarterCentury);
        add("the past unit", UNIT, "\\bthe\\s+(?<rel>past|last|previous|next|coming|following|recent)\\s+" + UNITS_RX + "\\b", this::thePastUnit);
        add("unit and a half", UNIT, "\\b(?:(?:a|an|one)\\s+)?" + UNITS_RX + "\\s+and\\s+a\\s+half\\b", this::unitAndAHalf);
        add("half a unit", UNIT, "\\bhalf\\s+(?:an?\\s+)?" + UNITS_RX + "\\b", this::halfAUnit);
        add("vague plural", UNIT, "\\b(?:(?<q>recent|the\\s+past|the\\s+last|(?:the\\s+)?coming|the\\s+next|the\\s+following)\\s+)" + UNITS_RX + "\\b"
                + "|\\b(?<unit2>minutes|hours|days|weeks|months|years|decades)\\b(?!\\s+(?:of|ago|before|after|later|earlier))", this::vaguePlural);
    }

    /** What follows "before" where it opens a phrase of its own ("before the vote"), not a clause's end ("days before,"). */
    private static final java.util.regex.Pattern BEFORE_SOMETHING = java.util.regex.Pattern.compile("[ \\t]+[\\p{L}\\d]");

    private static final java.util.regex.Pattern CLOCK_BEFORE =
            java.util.regex.Pattern.compile("(?i)(?:[ap]\\.?m\\.?|noon|midnight|o'clock|\\d:\\d\\d)\\s*$");

    private Candidate ago(Matcher m, String text, int rule) {
        Double n = count(g(m, "n"));
        if (n != null && n.isNaN()) {
            return null;
        }
        String u = unit(g(m, "unit"));
        String dir = lower(g(m, "dir"));
        if (dir.equals("before") && BEFORE_SOMETHING.matcher(text).region(m.end(), text.length()).lookingAt()
                && !CLOCK_BEFORE.matcher(text.substring(Math.max(0, m.start() - 12), m.start())).find()) {
            // "ten days before the shooting", "30 days before closing the sale": counted from an event, not from a
            // day the text names, so TimeML marks the length ("ten days", P10D) and leaves "before" as its signal;
            // after a clock time ("at 6 a.m. ten days before the shooting") it still names that day
            int end = m.start("dir");
            while (end > m.start() && Character.isWhitespace(text.charAt(end - 1))) {
                end--;
            }
            String v = TimexValues.duration(n, u);
            return new Candidate(m.start(), end, TimeType.DURATION, c -> v, TimexGrammar.Kind.PLAIN, rule, 0);
        }
        // "a year earlier", "three weeks later": counted, as HeidelTime does for news, from the publication date;
        // but days and weeks "earlier", "later" or "before" count from the day the text last named ("the report
        // went to the council on Oct. 26. Two days earlier, Russia vetoed ..."): they are anaphoric, "ago" is not
        boolean past = dir.equals("ago") || dir.equals("earlier") || dir.equals("before");
        boolean anaphoric = (dir.equals("earlier") || dir.equals("later") || dir.equals("before"))
                && (u.equals("day") || u.equals("week") || u.equals("hour") || u.equals("minute"));
        Resolver r = c -> {
            LocalDate a = anaphoric && c.reference() != null ? c.reference() : c.anchor();
            if (n == null || a == null) {
                return past ? "PAST_REF" : "FUTURE_REF";
            }
            long k = Math.round(n) * (past ? -1 : 1);
            return switch (u) {
                case "day" -> TimexValues.day(a.plusDays(k));
                case "week", "fortnight" -> TimexValues.week(a.plusWeeks(u.equals("week") ? k : 2 * k));
                case "month" -> TimexValues.month(a.plusMonths(k));
                case "quarter" -> {
                    LocalDate q = a.plusMonths(3 * k);
                    yield TimexValues.year(q.getYear()) + "-Q" + TimexValues.quarterOf(q);
                }
                case "year" -> TimexValues.year(a.getYear() + (int) k);
                case "decade" -> Integer.toString((a.getYear() + 10 * (int) k) / 10);
                case "century" -> String.format(Locale.ROOT, "%02d", (a.getYear() + 100 * (int) k) / 100);
                default -> TimexValues.day(a);
            };
        };
        return cand(m, rule, TimeType.DATE, r);
    }

    /**
     * "Hours later", "minutes earlier", "moments later": the day the text last named ("resigned on Friday.
     * Hours later, the president named ..." is that Friday); nothing where no day was named before.
     */
    private Candidate hoursLater(Matcher m, String text, int rule) {
        return cand(m, rule, TimeType.DATE, c -> c.reference() == null ? null : TimexValues.day(c.reference()));
    }

    private Candidate age(Matcher m, String text, int rule) {
        Double n = count(g(m, "n"));
        if (n == null || n.isNaN() || agesAPerson(text, m.end())) {
            return null;
        }
        String v = TimexValues.duration(n, unit(g(m, "unit")));
        return cand(m, rule, TimeType.DURATION, c -> v);
    }

    /**
     * Whether the age ending at {@code end} is a person's: used as a noun ("the 6-year-old", "Mr. Smith,
     * 52 years old,"), or before a name ("6-year-old Elian") or a noun for a person ("a 44-year-old
     * protester", "his 6-month-old son"). A person's age describes the person and dates nothing in the story,
     * so TimeML leaves it out; the age of a state of affairs is a length of time ("the 8-month-old truce",
     * "a 9-month-old presidency").
     */
    static boolean agesAPerson(String text, int end) {
        boolean noun = false;
        int p = end;
        for (int k = 0; k < 3; k++) { // the noun an age describes is at most three words on: "anti-abortion protester"
            int s = p;
            while (s < text.length() && text.charAt(s) == ' ') {
                s++;
            }
            int e = s;
            while (e < text.length() && (Character.isLetter(text.charAt(e)) || text.charAt(e) == '-')) {
                e++;
            }
            String w = text.substring(s, e);
            if (w.isEmpty() || NOT_A_MODIFIER.contains(w.toLowerCase(Locale.ROOT))) {
                break; // the phrase ends: a punctuation mark, "who", "in", "would"
            }
            if (Character.isUpperCase(w.charAt(0))) {
                return true; // "6-year-old Elian", "a 39-year-old Miami mechanic"
            }
            String last = w.toLowerCase(Locale.ROOT).substring(w.lastIndexOf('-') + 1);
            String singular = last.endsWith("s") && !last.endsWith("ss") ? last.substring(0, last.length() - 1) : last;
            if (PERSON_NOUNS.contains(last) || PERSON_NOUNS.contains(singular)
                    || singular.matches(".{3,}(?:er|or|ist|ian|ant)")) {
                return true; // "his 6-month-old son"; a doer: "protester", "mayor", "gynecologist"
            }
            noun = true;
            p = e;
        }
        return !noun; // the age is the noun itself: "the 6-year-old", "52 years old, will succeed"
    }

    private static final java.util.regex.Pattern AGE_TAIL = java.util.regex.Pattern.compile("[\\s-]+olds?\\b");

    private static final Set<String> DETERMINERS = words("the", "a", "an", "its", "their", "his", "her", "our", "all",
            "those", "these", "this", "that");

    /** Whether "of" and a determiner follow {@code end}: "three quarters of the vote" is a share, "of losses" not. */
    private static boolean fractionOf(String text, int end) {
        if (!wordAfter(text, end).equalsIgnoreCase("of")) {
            return false;
        }
        int of = text.toLowerCase(Locale.ROOT).indexOf("of", end);
        String next = wordAfter(text, of + 2).toLowerCase(Locale.ROOT);
        return DETERMINERS.contains(next) || !next.isEmpty() && Character.isDigit(next.charAt(0));
    }

    /** Words that end the phrase after an age: what follows is no noun the age describes. */
    private static final Set<String> NOT_A_MODIFIER = words("who", "whom", "whose", "which", "that", "in", "on", "at",
            "of", "and", "or", "but", "from", "with", "was", "is", "were", "are", "has", "had", "have", "will", "when",
            "to", "for", "by", "as", "than", "said", "says", "the", "a", "an", "his", "her", "their", "would", "could",
            "should", "may", "might", "can", "must", "did", "does", "do", "be", "been", "got", "gets", "lives", "lived");
    /** Nouns for people that no ending marks: "son", "boy", "woman". */
    private static final Set<String> PERSON_NOUNS = words("man", "men", "woman", "women", "boy", "girl", "child",
            "children", "kid", "baby", "infant", "toddler", "son", "daughter", "brother", "sister", "father", "mother",
            "husband", "wife", "widow", "widower", "nephew", "niece", "cousin", "grandson", "granddaughter", "uncle",
            "aunt", "grandmother", "grandfather", "friend", "colleague", "veteran", "native", "resident", "student",
            "immigrant", "suspect", "victim", "patient", "person", "people", "youth", "teen", "teenager", "guy",
            "lady", "gentleman", "chief", "executive", "official", "candidate", "nurse", "clerk", "pilot",
            "mechanic", "graduate", "exile", "refugee", "survivor");

    private Candidate duration(Matcher m, String text, int rule) {
        String nText = lower(g(m, "n"));
        Double n = count(nText);
        if (n != null && n.isNaN()) {
            return null;
        }
        String u = unit(g(m, "unit"));
        if (u.equals("quarter") && (fractionOf(text, m.end()) || n != null && n < 2 || nText.matches("(?:19|20)\\d\\d"))) {
            return null; // "three quarters of the vote", "a quarter point": a fraction; "the 1988 quarter": a date
        }
        Matcher old = AGE_TAIL.matcher(text).region(m.end(), text.length());
        if (old.lookingAt() && agesAPerson(text, old.end())) {
            return null; // "6-year" of a person's "6-year-old" is no length of time either
        }
        boolean hyphened = m.group().matches("(?s).*\\w-" + "\\p{L}+$") && !m.group().contains(" ");
        if (g(m, "the") == null && (nText.equals("a") || nText.equals("an") || nText.equals("one"))
                && !u.equals("decade") && !u.equals("century") && !u.equals("fortnight")
                && !(nText.equals("one") && hyphened)) { // "a one-day visit", "a one-year term": a length as adjective
            String before = wordBefore(text, m.start()).toLowerCase(Locale.ROOT);
            String after = wordAfter(text, m.end()).toLowerCase(Locale.ROOT);
            if (!A_UNIT_CONTEXT.contains(before) && !after.equals("after") || after.equals("of")) {
                return null; // "once a year", "a year of growth": no length of time is stated ("a week after" is one)
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
        String frac = g(m, "frac") != null ? g(m, "frac") : g(m, "frac2");
        if (n != null && frac != null) {
            // "2 1/2 years", "5 1/2 hours": the whole units, then the fraction in the next smaller unit (P2Y6M, PT5H30M)
            double f = switch (frac) {
                case "1/4", "\u00bc" -> 0.25;
                case "3/4", "\u00be" -> 0.75;
                default -> 0.5;
            };
            String v = TimexValues.compoundDuration(n, f, unit(g(m, "unit")));
            return cand(m, rule, TimeType.DURATION, c -> v);
        }
        if (n != null && n > 10000) {
            return null; // "50,000 hours" of work is an amount, not a length of time anyone reports
        }
        // a year range like "2016-17" or a score is no duration; a plain year before a unit word neither
        if (nText.matches("(?:19|20)\\d\\d") && !m.group().contains(" ")) {
            return null;
        }
        String rel = lower(g(m, "rel"));
        Double n0 = n;
        if (rel != null && rel.equals("coming") && n0 == null) {
            return cand(m, rule, TimeType.DATE, c -> "FUTURE_REF");
        }
        // "the next few days" is a length of time from now (TimeML: PXD), "the coming days" a time ahead
        String v = TimexValues.duration(n0, u);
        return cand(m, rule, TimeType.DURATION, c -> v);
    }

    /** "renewed for another year": one more of the unit. */
    private Candidate anotherUnit(Matcher m, String text, int rule) {
        String v = TimexValues.duration(1.0, unit(g(m, "unit")));
        return cand(m, rule, TimeType.DURATION, c -> v);
    }

    /** "a day-long meeting", "a decades-long feud": a length as adjective, one of the unit or some of them. */
    private Candidate unitLong(Matcher m, String text, int rule) {
        String v = TimexValues.duration(g(m, "pl") == null ? 1.0 : null, unit(g(m, "unit")));
        return cand(m, rule, TimeType.DURATION, c -> v);
    }

    /** "in more than a quarter century": 25 years. */
    private Candidate quarterCentury(Matcher m, String text, int rule) {
        return cand(m, rule, TimeType.DURATION, c -> "P25Y");
    }

    private Candidate thePastUnit(Matcher m, String text, int rule) {
        if (wordBefore(text, m.start()).equalsIgnoreCase("at")) {
            return null; // "at the last minute": an idiom, not a length of time
        }
        String u = unit(g(m, "unit"));
        boolean plural = lower(g(m, "unit")).endsWith("s") && !u.equals("century");
        String rel = lower(g(m, "rel"));
        if (rel.equals("following") || rel.equals("previous") && !plural || u.equals("quarter") && !plural) {
            // anaphoric ("the following year"), handled elsewhere; "the last quarter" is a quarter of the calendar
            return null;
        }
        if (plural && (rel.equals("coming") || rel.equals("next"))) {
            return cand(m, rule, TimeType.DATE, c -> "FUTURE_REF");
        }
        if (!plural && rel.equals("last") && (u.equals("decade") || u.equals("century"))) {
            // "in the last century" is the calendar century before this one (the 1900s), "the last decade" the 1980s
            // in a 1990s report; "the past decade" stays the ten years up to now
            boolean decade = u.equals("decade");
            return cand(m, rule, TimeType.DATE, c -> c.anchor() == null ? (decade ? "XXX" : "XX")
                    : decade ? Integer.toString(c.anchor().getYear() / 10 - 1)
                    : String.format(Locale.ROOT, "%02d", c.anchor().getYear() / 100 - 1));
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
        if ("recent".equals(q) && u.equals("year")) {
            return cand(m, rule, TimeType.DATE, c -> "PAST_REF"); // "in recent years": TimeBank's reading, mostly
        }
        String v = TimexValues.duration(null, u);
        return cand(m, rule, TimeType.DURATION, c -> v);
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
}
