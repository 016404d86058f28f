package dev.newsgraph.analysis.event;

import dev.newsgraph.model.Modality;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Says how the article holds an event: negated ("did not meet"), hypothetical ("would", "if"),
 * planned ("will", "plans to"), denied ("X denied attacking"), alleged ("claimed"), reported
 * ("said", "according to") with the entity who says so, or asserted.
 */
final class ModalityReader {
    /**
     * What the reader found: the modality, who claims it (or null), and the framing verb (or -1); {@code none} where
     * the act's own noun is denied ("made no commitments", "offered no hint"): nothing was done, and nothing refused.
     */
    record Stance(Modality modality, Modality own, Modality framed, String attributedTo, int cue, boolean conditional,
            boolean none) {
    }

    private static final Set<String> NEGATION = Set.of("not", "never", "n't", "no");
    private static final Set<String> HYPOTHETICAL_AUX = Set.of("could", "might", "may", "should", "must");
    private static final Set<String> PLANNED_AUX = Set.of("will", "shall", "'ll", "would", "'d");
    /** Marks of a clause told as a condition or an open question ("if", "whether X colluded"). */
    private static final Set<String> CONDITION = Set.of("if", "unless", "whether");
    /** Adjectives that make an event noun a possibility, not a fact. */
    private static final Set<String> UNCERTAIN = Set.of("possible", "potential", "likely", "prospective", "hypothetical",
            "proposed", "propose", "mooted", "moot", "would-be");
    /** Adjectives that make an event noun a plan ("a planned visit", "the upcoming talks"): told as planned. */
    private static final Set<String> PLANNED = Set.of("planned", "plan", "scheduled", "schedule", "upcoming",
            "forthcoming", "expected", "expect");
    /** Verbs of belief and expectation: denied ("do not think"), or as doubt, they make what they frame a mere possibility. */
    private static final Set<String> BELIEFS = Set.of("think", "believe", "expect", "doubt", "suppose", "imagine",
            "anticipate", "foresee", "predict", "reckon");
    private static final String[] FACTUAL_MARKS = {"when", "after", "before", "since", "while", "as", "because"};
    private static final Set<String> FRAME_RELS = Set.of("ccomp", "xcomp", "advcl", "conj", "dep", "parataxis");

    private final EventLexicon lexicon;

    ModalityReader(EventLexicon lexicon) {
        this.lexicon = lexicon;
    }

    Stance read(ParseView v, int trigger, boolean nominal, ActorFinder actors) {
        int clause = trigger;
        if (nominal) {
            // a noun event takes the modality of the verb that carries it ("will hold talks")
            int h = v.head(trigger);
            if (h >= 0 && v.token(h).isVerb() && !v.rel(trigger).startsWith("nsubj")) {
                clause = h;
            }
        }
        Modality own = local(v, clause);
        int noun = v.head(trigger);
        if (!nominal && noun >= 0 && v.rel(trigger).startsWith("acl") && v.isToInfinitive(trigger)) {
            // "their failure to overturn the law": the noun an infinitive hangs on says it was not done
            String kind = lexicon.cue(v.lemma(noun));
            if ("negated".equals(kind) || "hypothetical".equals(kind)) {
                own = kind.equals("negated") ? Modality.NEGATED : Modality.HYPOTHETICAL;
            }
        }
        int object = nominal ? trigger : v.child(trigger, "obj");
        boolean none = own == Modality.ASSERTED && object >= 0 && v.hasChildLemma(object, "det", "no");
        if (none) {
            own = Modality.NEGATED; // "made no commitments", "no talks were held", "signed no deal"
        }
        if (nominal) {
            for (int c : v.childrenWith(trigger, "amod")) {
                String l = v.lemma(c).toLowerCase(Locale.ROOT);
                if (UNCERTAIN.contains(l)) {
                    own = Modality.HYPOTHETICAL; // "possible collusion", "a proposed deal": not (yet) a fact
                } else if (PLANNED.contains(l) && own == Modality.ASSERTED) {
                    own = Modality.PLANNED; // "a planned visit", "the upcoming talks": told as a plan, as "will visit"
                }
            }
            // "the lack of progress in agreeing a truce": a noun that says it did not (yet) happen
            int cur = trigger;
            for (int steps = 0; steps < 3 && v.head(cur) >= 0 && v.baseRel(cur).equals("nmod"); steps++) {
                cur = v.head(cur);
                String kind = lexicon.cue(v.lemma(cur));
                if ("negated".equals(kind) || "hypothetical".equals(kind)) {
                    own = kind.equals("negated") ? Modality.NEGATED : Modality.HYPOTHETICAL;
                    break;
                }
                if (v.hasChildLemma(cur, "det", "no")) {
                    own = Modality.NEGATED; // "no evidence of collusion", "no sign of talks": none was seen
                    break;
                }
            }
        }
        String attributed = null;
        Modality framed = null;
        int cueAt = -1;
        int cur = clause;
        for (int steps = 0; steps < 6 && framed == null; steps++) {
            int h = v.head(cur);
            if (h < 0 || !FRAME_RELS.contains(v.baseRel(cur)) || v.hasChildLemma(cur, "mark", FACTUAL_MARKS)) {
                break; // "when Russia launched its invasion" is told as fact whatever frames the sentence
            }
            if (BELIEFS.contains(v.lemma(h)) && (v.rel(cur).equals("ccomp") || v.rel(cur).equals("xcomp"))
                    && (v.lemma(h).equals("doubt") || local(v, h) == Modality.NEGATED)) {
                // "do not think Trump will resign", "doubt that Russia will attack": a belief denied is no one's
                // act, plan or threat
                own = Modality.HYPOTHETICAL;
                break;
            }
            String kind = lexicon.cue(v.lemma(h));
            if (kind != null && !v.rel(cur).equals("conj")) {
                framed = cueModality(kind);
                cueAt = h;
                attributed = first(actors.actors(v, v.child(h, "nsubj")));
                if (framed == Modality.REPORTED && local(v, h) == Modality.NEGATED) {
                    framed = Modality.DENIED;
                }
            } else if (own == Modality.ASSERTED) {
                Modality up = local(v, h);
                if (up == Modality.PLANNED || up == Modality.HYPOTHETICAL
                        || (up == Modality.NEGATED && v.rel(cur).equals("xcomp"))) {
                    own = up; // "will try to meet", "was not assigned to investigate"
                }
            }
            cur = h;
        }
        if (framed == null) {
            // "X attacked Y, police said" / "... according to Z"
            int root = clause;
            for (int steps = 0; steps < 8 && v.head(root) >= 0; steps++) {
                root = v.head(root);
            }
            for (int at : new int[] {clause, root}) {
                for (int c : v.children(at)) {
                    String r = v.baseRel(c);
                    if ((r.equals("parataxis") || (r.equals("ccomp") && at != clause)) && lexicon.cue(v.lemma(c)) != null
                            && "reported".equals(lexicon.cue(v.lemma(c)))) {
                        framed = Modality.REPORTED;
                        cueAt = c;
                        attributed = first(actors.actors(v, v.child(c, "nsubj")));
                    } else if (r.equals("obl") && v.caseOf(c).equals("accord")) {
                        framed = Modality.REPORTED;
                        attributed = first(actors.actors(v, c));
                    }
                }
                if (framed != null) {
                    break;
                }
            }
        }
        for (int c : v.children(clause)) {
            String l = v.lemma(c);
            if (v.rel(c).equals("advmod") && (l.equals("reportedly") || l.equals("allegedly"))) {
                framed = framed == null ? (l.equals("reportedly") ? Modality.REPORTED : Modality.ALLEGED) : framed;
            }
        }
        Modality m = own;
        if (m == Modality.ASSERTED && framed != null) {
            m = framed;
        } else if (framed == Modality.DENIED) {
            m = Modality.DENIED;
        }
        return new Stance(m, own, framed == null ? Modality.ASSERTED : framed, attributed, cueAt, conditional(v, clause), none);
    }

    /** Whether the clause holds an "unless" condition ("will withdraw unless ..."): a threat, not an offer. */
    private static boolean conditional(ParseView v, int i) {
        for (int c : v.childrenWith(i, "advcl")) {
            if (v.hasChildLemma(c, "mark", "unless")) {
                return true;
            }
        }
        return false;
    }

    /** Negation, modal auxiliaries and conditions on the clause itself. */
    private static Modality local(ParseView v, int i) {
        boolean negated = false;
        Modality m = Modality.ASSERTED;
        for (int c : v.children(i)) {
            String r = v.rel(c);
            String l = v.lemma(c);
            String text = v.token(c).text().toLowerCase();
            if ((r.equals("advmod") || r.equals("neg") || r.equals("det")) && (NEGATION.contains(l) || NEGATION.contains(text))
                    && (r.equals("advmod") || r.equals("neg"))) {
                negated = true;
            } else if (r.equals("aux") && HYPOTHETICAL_AUX.contains(text)) {
                m = Modality.HYPOTHETICAL;
            } else if (r.equals("aux") && PLANNED_AUX.contains(text) && m == Modality.ASSERTED) {
                m = Modality.PLANNED;
            } else if (r.equals("mark") && CONDITION.contains(l)) {
                return Modality.HYPOTHETICAL; // "if they cannot agree": a condition, negated or not, is no fact
            } else if (r.startsWith("nsubj") && (v.hasChildLemma(c, "cc:preconj", "neither") || v.hasChildLemma(c, "det", "neither")
                    || v.hasChildLemma(c, "det", "no") || l.equals("nobody") || l.equals("none"))) {
                negated = true; // "Neither Canada nor Mexico have offered", "No country has recognised", "none has"
            }
        }
        return negated ? Modality.NEGATED : m;
    }

    private static Modality cueModality(String kind) {
        return switch (kind) {
            case "alleged" -> Modality.ALLEGED;
            case "denied" -> Modality.DENIED;
            case "planned" -> Modality.PLANNED;
            case "hypothetical" -> Modality.HYPOTHETICAL;
            case "negated" -> Modality.NEGATED;
            default -> Modality.REPORTED;
        };
    }

    private static String first(List<String> ids) {
        return ids.isEmpty() ? null : ids.get(0);
    }
}
