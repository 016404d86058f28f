package dev.newsgraph.analysis.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicContainer.dynamicContainer;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import dev.newsgraph.analysis.data.DataFile;
import dev.newsgraph.model.TimeExpression;
import dev.newsgraph.model.TimeType;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Each rule family of {@link TimexGrammar} on its own fixture file,
 * {@code fixtures/<Family>.txt}: short sentences written for it in the manner of news copy, one
 * behaviour a line, in a report published Friday 11 April 2025. A positive line must come out with
 * its value and type, made by a rule of that family; every rule of the family must make at least
 * one; a line with value "-" must give no time expression over its words.
 */
class TimexRuleFamiliesTest {
    static final TimexGrammar GRAMMAR = new TimexGrammar(TimexFixtures.LEXICON);
    static final List<RuleFamily> FAMILIES = TimexGrammar.families(TimexFixtures.LEXICON);

    /** One fixture line: {@code value} null for a line that must find nothing. */
    record Case(String sentence, String expr, String value, TimeType type) {
        static Case of(String line) {
            String[] f = line.split("\\|");
            String v = f[2].strip();
            return v.equals("-") ? new Case(f[0].strip(), f[1].strip(), null, null)
                    : new Case(f[0].strip(), f[1].strip(), v, TimeType.valueOf(f[3].strip()));
        }

        @Override
        public String toString() {
            return expr + " -> " + (value == null ? "nothing" : value) + " (" + sentence + ")";
        }
    }

    static String name(RuleFamily f) {
        return f.getClass().getSimpleName();
    }

    static List<Case> cases(RuleFamily f) {
        String file = "fixtures/" + name(f) + ".txt";
        return DataFile.resource(TimexRuleFamiliesTest.class, file).stream().map(l -> Case.of(l.text())).toList();
    }

    static Set<String> ruleNames(RuleFamily f) {
        return f.rules().stream().map(TimexGrammar.Rule::name).collect(Collectors.toSet());
    }

    /**
     * The rule that made {@code t}: of the candidates spanning exactly it, the one the stage keeps
     * (the earliest rule); for a clock time merged with its day, the clock time's own.
     */
    static String madeBy(String text, TimeExpression t) {
        List<TimexGrammar.Candidate> inside = GRAMMAR.find(text).stream()
                .filter(c -> c.start() >= t.start() && c.end() <= t.end()).toList();
        TimexGrammar.Candidate made = inside.stream().filter(c -> c.start() == t.start() && c.end() == t.end())
                .min(Comparator.comparingInt(TimexGrammar.Candidate::rule))
                .orElseGet(() -> inside.stream().filter(c -> c.kind() == TimexGrammar.Kind.CLOCK).findFirst().orElse(null));
        return made == null ? null : GRAMMAR.ruleName(made.rule());
    }

    static void check(RuleFamily f, Case c) {
        if (c.value() == null) {
            TimexFixtures.assertNone(c.sentence(), c.expr());
            return;
        }
        TimeExpression t = TimexFixtures.the(c.sentence(), c.expr(), TimexFixtures.FRIDAY);
        assertEquals(c.value(), t.value(), c.sentence());
        assertEquals(c.type(), t.type(), c.sentence());
        String rule = madeBy(c.sentence(), t);
        assertTrue(ruleNames(f).contains(rule), "\"" + c.expr() + "\" made by rule " + rule + ", not of " + name(f));
    }

    @TestFactory
    Stream<DynamicNode> everyFixtureLineHolds() {
        return FAMILIES.stream().map(f -> dynamicContainer(name(f),
                cases(f).stream().map(c -> dynamicTest(c.toString(), () -> check(f, c)))));
    }

    @TestFactory
    Stream<DynamicNode> everyRuleHasAFixture() {
        return FAMILIES.stream().map(f -> dynamicTest(name(f), () -> {
            List<String> made = new ArrayList<>();
            for (Case c : cases(f)) {
                if (c.value() != null) {
                    made.add(madeBy(c.sentence(), TimexFixtures.the(c.sentence(), c.expr(), TimexFixtures.FRIDAY)));
                }
            }
            for (String rule : ruleNames(f)) {
                assertTrue(made.contains(rule), "no fixture of " + name(f) + " is made by rule \"" + rule + "\"");
            }
        }));
    }

    /** The order of the rules decides between candidates of the same span; a change to it changes values. */
    @Test
    void theRulesRunInTheirOrder() {
        List<String> names = FAMILIES.stream().flatMap(f -> f.rules().stream()).map(TimexGrammar.Rule::name).toList();
        assertEquals(List.of("iso date", "slashed date", "day month", "month day", "month year", "month of a year told", "month",
                "decade", "short decade", "century", "year", "spoken year", "old year",
                "relative period", "the weekend", "year end", "boundary",
                "day word", "this part of day", "anaphoric day", "part of the day", "that day", "day before yesterday", "weekday",
                "ago", "hours later", "age", "duration", "another unit", "unit-long", "quarter century", "the past unit", "unit and a half", "half a unit", "vague plural",
                "set every", "set adverb", "set times", "set per",
                "clock", "generic", "quarter", "reporting period", "reporting year", "year-earlier", "half year", "season", "holiday"), names);
        for (int i = 0; i < names.size(); i++) {
            assertEquals(names.get(i), GRAMMAR.ruleName(i));
        }
    }
}
