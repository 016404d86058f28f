package dev.newsgraph.analysis.time;

import dev.newsgraph.analysis.document.Dependency;
import dev.newsgraph.analysis.document.Sentence;
import dev.newsgraph.analysis.document.Token;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reads the tense of the clause a time expression belongs to. With a dependency parse it climbs
 * from the expression to the verb that governs it and reads that verb group ("will meet" is
 * future, "met" and "has met" past, "is meeting" and "is due to" future, "said" past). Without a
 * parse it looks at the nearest verb by part-of-speech tag, and without tags at the nearest tense
 * word ("will", a word in -ed, a common irregular past). Stateless and thread-safe.
 */
final class TenseReader {
    private static final Set<String> FUTURE_MODALS = words("will", "'ll", "\u2019ll", "shall", "wo", "ll");
    private static final Set<String> OPEN_MODALS = words("would", "could");
    private static final Set<String> FORWARD_MODALS = words("might", "may", "should", "can", "must", "ca");
    private static final Set<String> FUTURE_HEADS = words("plan", "schedule", "due", "set", "expect", "intend",
            "slate", "poise", "prepare", "hope", "aim", "want", "seek", "vow", "promise", "threaten", "go", "ready",
            "likely", "expected", "scheduled", "slated", "planned", "upcoming");
    /**
     * Verbs that fix a time for something to happen. Their own tense says when the plan was made, not when
     * its time falls: "planned a rally on Saturday" and "has scheduled a news conference Thursday" name the
     * Saturday and Thursday nearest the report, ahead as often as back.
     */
    private static final Set<String> SCHEDULING = words("plan", "schedule", "slate", "intend", "expect");
    private static final Set<String> REPORTING = words("say", "tell", "report", "announce", "add", "write", "state",
            "claim", "confirm", "deny", "insist", "warn", "note", "explain");
    private static final Set<String> IRREGULAR_PAST = words("was", "were", "said", "told", "met", "took", "made",
            "held", "went", "came", "had", "did", "saw", "gave", "found", "got", "began", "won", "lost", "sent",
            "spoke", "wrote", "brought", "struck", "fell", "rose", "left", "led", "began", "became", "ran", "paid",
            "sought", "thought", "felt", "kept", "knew", "hit", "put", "quit", "shot", "fought", "bought", "caught",
            "taught", "broke", "chose", "drove", "flew", "forgot", "froze", "hid", "overtook", "shook", "stole",
            "swore", "threw", "understood", "withdrew", "wore", "told", "heard", "stood", "won", "sold", "slid");

    private TenseReader() {
    }

    /** The tense of the clause holding the char span [start, end) of {@code s}. */
    static Tense at(Sentence s, int start, int end) {
        int first = -1;
        int last = -1;
        for (Token t : s.tokens()) {
            if (t.end() > start && t.start() < end) {
                if (first < 0) {
                    first = t.index();
                }
                last = t.index();
            }
        }
        if (first < 0) {
            return Tense.UNKNOWN;
        }
        if (s.parsed()) {
            Tense t = byParse(s, first, last);
            if (t != null) {
                return t;
            }
        }
        return byNeighbours(s.tokens(), first, last);
    }

    private static Tense byParse(Sentence s, int first, int last) {
        List<Token> tok = s.tokens();
        // the head of the expression: the token in the span whose governor lies outside it
        int head = last;
        for (int i = first; i <= last; i++) {
            Dependency d = s.head(i);
            if (d != null && (d.governor() < first || d.governor() > last)) {
                head = i;
                break;
            }
        }
        // a copula on the expression itself: "the vote is on Friday"
        for (Dependency c : s.children(head)) {
            if (c.relation().equals("cop")) {
                Tense t = ofAuxiliary(tok.get(c.dependent()));
                if (t != null) {
                    return t;
                }
            }
        }
        int node = head;
        for (int steps = 0; steps < 8; steps++) {
            Dependency up = s.head(node);
            if (up == null || up.governor() < 0) {
                return null;
            }
            node = up.governor();
            Token v = tok.get(node);
            if (!v.isVerb() && !FUTURE_HEADS.contains(lemma(v))) {
                continue;
            }
            if (REPORTING.contains(lemma(v)) && node > last && commaBetween(tok, last, node)) {
                // "... will announce his decision on Thursday, a White House official said": a time before a
                // postposed attribution is its clause's, whatever the parse hung it on
                return null;
            }
            Tense t = verbGroup(s, node);
            if (t != null) {
                return t;
            }
        }
        return null;
    }

    /** The tense of the verb group headed by {@code v}, or null to keep climbing. */
    private static Tense verbGroup(Sentence s, int v) {
        Token verb = s.tokens().get(v);
        boolean to = false;
        boolean beAux = false;
        boolean pastAux = false;
        boolean haveAux = false;
        for (Dependency c : s.children(v)) {
            Token a = s.tokens().get(c.dependent());
            String w = lower(a);
            if (c.relation().startsWith("aux")) {
                if (FUTURE_MODALS.contains(w) || FORWARD_MODALS.contains(w)) {
                    return Tense.FUTURE;
                }
                if (OPEN_MODALS.contains(w)) {
                    return Tense.UNKNOWN;
                }
                if (w.equals("to") || a.pos().equals("TO")) {
                    to = true;
                } else if (w.equals("is") || w.equals("are") || w.equals("am") || w.equals("'s") || w.equals("'re")) {
                    beAux = true;
                } else if (w.equals("was") || w.equals("were") || w.equals("did") || w.equals("had")) {
                    pastAux = true;
                } else if (w.equals("has") || w.equals("have")) {
                    haveAux = true;
                }
            } else if (c.relation().equals("mark") && w.equals("to")) {
                to = true;
            } else if (c.relation().equals("cop")) {
                Tense t = ofAuxiliary(a);
                if (t != null && FUTURE_HEADS.contains(lemma(verb))) {
                    return t == Tense.PAST ? Tense.PAST : Tense.FUTURE;
                }
            }
        }
        String lemma = lemma(verb);
        String pos = verb.pos();
        if (pastAux || haveAux) {
            return schedules(s, v) ? Tense.UNKNOWN : Tense.PAST;
        }
        if (to) {
            if (beAux) {
                return Tense.FUTURE; // "is to resume trading Tuesday": an arrangement ahead
            }
            Dependency up = s.head(v);
            if (up != null && up.governor() >= 0 && (FUTURE_HEADS.contains(lemma(s.tokens().get(up.governor())))
                    || lemma(s.tokens().get(up.governor())).equals("be")) && !pastGroup(s, up.governor())) {
                return Tense.FUTURE; // "plans to meet on Friday", "is to resume trading Tuesday"
            }
            if (up != null && up.governor() >= 0 && (s.tokens().get(up.governor()).pos().startsWith("NN")
                    || pastGroup(s, up.governor()))) {
                // "an agreement to acquire the bank in January", "agreed to buy the unit in February": what an
                // infinitive tells comes after its governor, which may be past while it is not
                return Tense.UNKNOWN;
            }
            return null;
        }
        if (beAux && (pos.equals("VBG") || FUTURE_HEADS.contains(lemma))) {
            return REPORTING.contains(lemma) ? Tense.PAST : Tense.FUTURE;
        }
        switch (pos) {
            case "VBD":
                return schedules(s, v) ? Tense.UNKNOWN : Tense.PAST;
            case "VBN":
                String before = v > 0 ? lower(s.tokens().get(v - 1)) : "";
                if (!beAux && FUTURE_HEADS.contains(lemma) && !before.equals("than") && !before.equals("as")
                        && (!lemma.equals("set") || schedules(s, v))) {
                    return Tense.FUTURE; // "a ceremony set for Thursday", but not "the record high set on Aug. 6"
                }
                return beAux ? Tense.UNKNOWN : Tense.PAST;
            case "VBZ":
            case "VBP":
                if (REPORTING.contains(lemma)) {
                    return Tense.PAST;
                }
                return Tense.PRESENT;
            case "VBG":
                Dependency up = s.head(v);
                if (up != null && up.governor() >= 0 && Set.of("xcomp", "obj", "dobj").contains(up.relation())) {
                    return null; // "will resume trading Tuesday": the gerund is the object, the tense its verb's
                }
                return Tense.UNKNOWN; // "while preparing the budget in March": no tense of its own
            default:
                return FUTURE_HEADS.contains(lemma) ? null : Tense.UNKNOWN;
        }
    }

    /** Whether the verb at {@code v} fixes a time for something: "planned", "scheduled", "were set to begin". */
    private static boolean schedules(Sentence s, int v) {
        String lemma = lemma(s.tokens().get(v));
        if (SCHEDULING.contains(lemma)) {
            return true;
        }
        String next = v + 1 < s.tokens().size() ? lower(s.tokens().get(v + 1)) : "";
        return lemma.equals("set") && (next.equals("to") || next.equals("for"));
    }

    private static boolean commaBetween(List<Token> tok, int from, int to) {
        for (int i = from + 1; i < to; i++) {
            if (tok.get(i).text().equals(",")) {
                return true;
            }
        }
        return false;
    }

    /** Whether the verb at {@code v} is in a past group: "intended", "had intended", "was set". */
    private static boolean pastGroup(Sentence s, int v) {
        if (s.tokens().get(v).pos().equals("VBD")) {
            return true;
        }
        for (Dependency c : s.children(v)) {
            String w = lower(s.tokens().get(c.dependent()));
            if (c.relation().startsWith("aux") && (w.equals("had") || w.equals("was") || w.equals("were") || w.equals("did"))) {
                return true;
            }
        }
        return false;
    }

    private static Tense ofAuxiliary(Token a) {
        String w = lower(a);
        if (w.equals("was") || w.equals("were")) {
            return Tense.PAST;
        }
        if (w.equals("is") || w.equals("are") || w.equals("'s") || w.equals("'re")) {
            return Tense.FUTURE;
        }
        if (w.equals("will") || w.equals("'ll")) {
            return Tense.FUTURE;
        }
        return null;
    }

    /** The tense of the nearest verb-like token, left first at equal distance; no parse needed. */
    static Tense byNeighbours(List<Token> tokens, int first, int last) {
        for (int d = 1; d < 14; d++) {
            int l = first - d;
            if (l >= 0) {
                Tense t = ofToken(tokens, l);
                if (t != null) {
                    return t;
                }
            }
            int r = last + d;
            if (r < tokens.size()) {
                Tense t = ofToken(tokens, r);
                if (t != null) {
                    return t;
                }
            }
        }
        return Tense.UNKNOWN;
    }

    private static Tense ofToken(List<Token> tokens, int i) {
        Token t = tokens.get(i);
        String w = lower(t);
        String pos = t.pos() == null ? "" : t.pos();
        if (FUTURE_MODALS.contains(w)) {
            return Tense.FUTURE;
        }
        if (OPEN_MODALS.contains(w) && (pos.isEmpty() || pos.equals("MD"))) {
            return Tense.UNKNOWN;
        }
        if (FORWARD_MODALS.contains(w) && (pos.equals("MD") || (pos.isEmpty() && Character.isLowerCase(t.text().charAt(0))))) {
            return Tense.FUTURE;
        }
        String prev = i > 0 ? lower(tokens.get(i - 1)) : "";
        String next = i + 1 < tokens.size() ? lower(tokens.get(i + 1)) : "";
        if ((w.equals("due") || w.equals("expected") || w.equals("scheduled") || w.equals("slated") || w.equals("upcoming"))
                && !prev.equals("than") && !prev.equals("as")) {
            return Tense.FUTURE;
        }
        if ((w.equals("going") || w.equals("set") || w.equals("plans") || w.equals("planned") || w.equals("plan"))
                && (next.equals("to") || next.equals("for") || next.equals("on"))) {
            return Tense.FUTURE;
        }
        if (pos.isEmpty()) {
            if (IRREGULAR_PAST.contains(w) || (w.length() > 4 && w.endsWith("ed"))) {
                return Tense.PAST;
            }
            return null;
        }
        switch (pos) {
            case "VBD":
                return Tense.PAST;
            case "VBN":
                return Tense.PAST;
            case "VBG":
                return prev.equals("is") || prev.equals("are") || prev.equals("'s") ? Tense.FUTURE : null;
            case "VBZ":
            case "VBP":
                if (REPORTING.contains(lemma(t))) {
                    return Tense.PAST;
                }
                return lemma(t).equals("be") || lemma(t).equals("have") ? null : Tense.PRESENT;
            default:
                return null;
        }
    }

    private static String lower(Token t) {
        return t.text().toLowerCase(Locale.ROOT);
    }

    private static String lemma(Token t) {
        return t.lemma() == null || t.lemma().isEmpty() ? lower(t) : t.lemma().toLowerCase(Locale.ROOT);
    }

    private static Set<String> words(String... ws) {
        return Set.copyOf(java.util.Arrays.asList(ws));
    }
}
