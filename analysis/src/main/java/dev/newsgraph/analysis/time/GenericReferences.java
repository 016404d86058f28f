package dev.newsgraph.analysis.time;

import dev.newsgraph.analysis.time.TimexGrammar.Candidate;
import dev.newsgraph.analysis.time.TimexGrammar.Kind;
import dev.newsgraph.model.TimeType;
import java.util.Locale;
import java.util.regex.Matcher;

/**
 * Vague references to the present, past or future: {@code now}, {@code currently},
 * {@code these days}, {@code current} before a noun ({@code PRESENT_REF}), {@code recently}, {@code the past} ({@code PAST_REF}),
 * {@code the future}, {@code the near term}, {@code a later date}, {@code soon} ({@code FUTURE_REF}). "Now that" is a
 * conjunction, and "so far" and "to date" are matched only so that nothing shorter inside them is taken.
 */
final class GenericReferences extends RuleFamily {
    /**
     * "Current" before a noun is the present ("the current weakness", "current market conditions"), as TimeML
     * marks it, but not the noun ("the current of the river") nor the account of a balance of payments.
     */
    private static final java.util.Set<String> NOT_AFTER_CURRENT = java.util.Set.of("account", "accounts", "of", "in",
            "and", "or", "to", "from", "at", "on", "is", "was", "are", "were", "that", "which", "flows", "flowing");

    GenericReferences(TimeLexicon lex) {
        super(lex);
        add("generic", GENERIC, "\\b(?<g>(?:right\\s+)?now|currently|current|nowadays|these\\s+days|recently|lately|the\\s+past|the\\s+future|"
                + "the\\s+present|at\\s+the\\s+moment|so\\s+far|to\\s+date|someday|one\\s+day\\s+soon|soon|"
                + "the\\s+near\\s+(?:future|term)|the\\s+short\\s+term|a\\s+later\\s+date)\\b(?!-)",
                this::generic);
    }

    private static String prev(String text, Matcher m) {
        return wordBefore(text, m.start()).toLowerCase(Locale.ROOT);
    }

    private Candidate generic(Matcher m, String text, int rule) {
        String g = lower(g(m, "g"));
        String v;
        if (g.equals("current")) {
            String noun = wordAfter(text, m.end());
            if (!noun.matches("\\p{Ll}+") || NOT_AFTER_CURRENT.contains(noun) || prev(text, m).equals("then")) {
                return null; // "the current of the river", "current account", "the then current price"
            }
        }
        if (g.endsWith("now") || g.equals("currently") || g.equals("current") || g.equals("nowadays") || g.equals("these days")
                || g.equals("the present") || g.equals("at the moment")) {
            v = "PRESENT_REF";
        } else if (g.equals("the future") || g.equals("someday") || g.startsWith("one day") || g.startsWith("the near")
                || g.equals("the short term") || g.equals("a later date")) {
            v = "FUTURE_REF";
        } else if (g.equals("so far") || g.equals("to date")) {
            return null;
        } else {
            v = "PAST_REF";
        }
        String next = wordAfter(text, m.end()).toLowerCase(Locale.ROOT);
        String prev = wordBefore(text, m.start()).toLowerCase(Locale.ROOT);
        if (g.equals("soon")) {
            if (prev.equals("as") || next.equals("as") || next.equals("after") || next.startsWith("afterward")
                    || next.equals("thereafter") || prev.equals("too") || prev.equals("how")) {
                return null; // "as soon as Monday", "soon after the vote": the soonness of another time
            }
            v = "FUTURE_REF";
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
        String value = v;
        return new Candidate(start, m.end(), TimeType.DATE, c -> value, Kind.PLAIN, rule, 0);
    }
}
