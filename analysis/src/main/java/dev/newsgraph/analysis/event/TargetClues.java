package dev.newsgraph.analysis.event;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Where a trigger's target hides from the parse: in a phrase of stance ("in protest against X") or in
 * the words written after a trigger the parse left without an object. Read by {@link FrameReader}
 * when the tree names no one.
 */
final class TargetClues {
    private TargetClues() {
    }

    /** Nouns of a stance an act is done in ("in protest against", "in defiance of", "in retaliation for"). */
    private static final Set<String> STANCE_NOUNS = Set.of("protest", "defiance", "retaliation", "revenge",
            "response", "opposition", "reprisal");

    /**
     * Whom an act is done against where a phrase of stance says it ("staged a strike in protest against X",
     * "in defiance of X", "in retaliation for X's attack"), or none.
     */
    static List<String> stance(ParseView v, int c, ActorFinder actors) {
        if (!isStance(v, c)) {
            return List.of();
        }
        boolean against = false;
        for (int g : v.children(c)) {
            if (v.baseRel(g).equals("nmod") && FrameReader.TARGET_CASES.contains(v.caseOf(g))) {
                against = true;
                List<String> found = FrameReader.objectTargets(v, g, actors);
                if (!found.isEmpty()) {
                    return found;
                }
            }
        }
        for (int g : v.children(c)) {
            if (against && v.baseRel(g).equals("nmod") && v.caseOf(g).equals("by")) {
                return actors.actors(v, g); // "in protest against the abuses by X", the "by" hung one step too high
            }
        }
        return List.of();
    }

    /** Nouns of asking whose author a refusal defies ("despite growing pressure by X", "despite calls from X"). */
    private static final Set<String> PRESSURES = Set.of("pressure", "call", "demand", "appeal", "request", "plea",
            "urging", "objection", "protest", "warning");

    /**
     * Whom a refusal defies where a "despite" phrase names who asked ("declined to resign despite growing
     * pressure by the Anti-Corruption Commission"), or none.
     */
    static List<String> defied(ParseView v, int c, ActorFinder actors) {
        if (!v.caseOf(c).equals("despite") || !PRESSURES.contains(v.lemma(c))) {
            return List.of();
        }
        for (int g : v.children(c)) {
            String cs = v.caseOf(g);
            if (v.baseRel(g).equals("nmod") && (cs.equals("by") || cs.equals("from") || cs.equals("of"))) {
                List<String> who = actors.actors(v, g);
                if (!who.isEmpty()) {
                    return who;
                }
            }
        }
        return actors.actors(v, v.child(c, "nmod:poss")); // "despite Washington's pressure"
    }

    /** An "in protest", "in retaliation" phrase: the manner of another act, not an act of its own. */
    static boolean isStance(ParseView v, int c) {
        return v.caseOf(c).equals("in") && STANCE_NOUNS.contains(v.lemma(c))
                && (v.baseRel(c).equals("obl") || v.baseRel(c).equals("nmod"));
    }

    /**
     * Where the parse gave a transitive trigger no object, the noun phrase written right after it
     * ("rejected Thursday a United Nations appeal", "demanded the removal of President X", parsed
     * as the subject of a later verb): the first entity it names, read from the words, not the
     * tree. The phrase runs over determiners, adjectives, participles, nouns, numbers, time words
     * and one "of"; it ends at punctuation, a finite verb, any other preposition or a clause mark.
     */
    static List<String> following(ParseView v, int i, ActorFinder actors) {
        boolean of = false;
        boolean noun = false;
        for (int j = i + 1; j < v.size() && j <= i + 10; j++) {
            String pos = v.token(j).pos();
            String w = v.token(j).text().toLowerCase(Locale.ROOT);
            if (pos.equals("IN") && w.equals("of") && noun && !of) {
                of = true;
                continue;
            }
            boolean nominal = pos.startsWith("NN") || pos.startsWith("JJ") || pos.equals("DT") || pos.equals("CD")
                    || pos.equals("RB") || pos.equals("PRP$") || pos.equals("POS") || pos.equals("VBN") || pos.equals("VBG")
                    || pos.equals("HYPH");
            if (!nominal || ((pos.equals("VBN") || pos.equals("VBG")) && !v.rel(j).equals("amod"))) {
                return List.of();
            }
            String id = actors.named(v, j);
            if (id != null) {
                return List.of(id);
            }
            noun |= pos.startsWith("NN");
        }
        return List.of();
    }
}
