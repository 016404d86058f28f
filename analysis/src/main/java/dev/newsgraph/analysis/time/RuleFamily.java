package dev.newsgraph.analysis.time;

import dev.newsgraph.analysis.time.TimexGrammar.Builder;
import dev.newsgraph.analysis.time.TimexGrammar.Candidate;
import dev.newsgraph.analysis.time.TimexGrammar.Kind;
import dev.newsgraph.analysis.time.TimexGrammar.Resolver;
import dev.newsgraph.analysis.time.TimexGrammar.Rule;
import dev.newsgraph.model.TimeType;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One family of {@link TimexGrammar}'s rules (dates, durations, sets, ...), in the order the family
 * adds them, with what its rules share: the trigger classes that say around which words a rule
 * runs, the lexicon's name patterns, and reading a match (its groups, the words around it). The
 * value arithmetic the rules share is in {@link TimexValues}.
 */
abstract class RuleFamily {
    // Trigger classes: a rule runs only in windows around the words of its classes (see TimexGrammar).
    static final int DIGIT = 1;
    static final int MONTH = 2;
    static final int WEEKDAY = 4;
    static final int UNIT = 8; // a unit of time, "week", "year"
    static final int DAYWORD = 16;
    static final int SEASON = 32;
    static final int HOLIDAY = 64;
    static final int GENERIC = 128;
    static final int SET = 256;
    static final int QUARTER = 512;
    static final int CLOCK = 1024;

    final TimeLexicon lex;
    /** A month name of the lexicon, as group {@code mon}. */
    final String month;
    /** A day name, as group {@code wd}. */
    final String wd;
    /** A part of the day ("morning"), as group {@code pod}. */
    final String pod;
    /** An optional modifier before a month or year ("early", "the end of"), as group {@code mod}. */
    final String mod;
    private final List<Rule> rules = new ArrayList<>();

    RuleFamily(TimeLexicon lex) {
        this.lex = lex;
        this.month = "(?<mon>" + lex.monthRegex() + ")";
        this.wd = "(?<wd>" + lex.weekdayRegex() + ")";
        this.pod = "(?<pod>" + lex.partOfDayRegex() + ")";
        this.mod = "(?:(?<mod>early|late|mid|the\\s+end\\s+of|the\\s+beginning\\s+of|the\\s+start\\s+of|the\\s+middle\\s+of|the\\s+spring\\s+of|the\\s+summer\\s+of|the\\s+autumn\\s+of|the\\s+fall\\s+of|the\\s+winter\\s+of)(?:\\s+|-))?";
    }

    /** This family's rules, in the order they were added (the order breaks ties between equal spans). */
    final List<Rule> rules() {
        return rules;
    }

    final void add(String name, int triggers, String regex, Builder b) {
        rules.add(new Rule(name, triggers, Pattern.compile(regex, Pattern.CASE_INSENSITIVE), b));
    }

    static Candidate cand(Matcher m, int rule, TimeType type, Resolver r) {
        return new Candidate(m.start(), m.end(), type, r, Kind.PLAIN, rule, 0);
    }

    /** A named group, or null where it is unset or the rule's pattern has no such group. */
    static String g(Matcher m, String name) {
        try {
            return m.group(name);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** Names of months, days and holidays count only capitalised: "may" and "march" are words. */
    static boolean capitalised(Matcher m, String group) {
        String g = m.group(group);
        return g != null && Character.isUpperCase(g.charAt(0));
    }

    /** Lower case with single spaces, so that "this  past" and "This past" compare alike; null stays null. */
    static String lower(String s) {
        return s == null ? null : s.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    }

    /** The word (letters, digits, full stops) ending right before {@code pos}, spaces skipped; "" at none. */
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

    /** The word (letters, digits) starting right after {@code pos}, spaces skipped; "" at none. */
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

    static Set<String> words(String... ws) {
        return Set.copyOf(java.util.Arrays.asList(ws));
    }
}
