package dev.newsgraph.analysis.event;

import dev.newsgraph.analysis.document.Dependency;
import dev.newsgraph.analysis.document.Sentence;
import dev.newsgraph.analysis.document.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** One parsed sentence indexed for walking: each token's head, relation and children. */
final class ParseView {
    final Sentence sentence;
    private final int[] head;
    private final String[] rel;
    private final List<List<Integer>> children;

    ParseView(Sentence sentence) {
        this.sentence = sentence;
        int n = sentence.tokens().size();
        head = new int[n];
        rel = new String[n];
        children = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            head[i] = -1;
            rel[i] = "";
            children.add(new ArrayList<>(2));
        }
        for (Dependency d : sentence.dependencies()) {
            int dep = d.dependent();
            if (dep < 0 || dep >= n) {
                continue;
            }
            head[dep] = d.governor();
            rel[dep] = d.relation();
        }
        repairOpeningParticiple();
        for (Dependency d : sentence.dependencies()) { // in the parser's order, which child() relies on
            int dep = d.dependent();
            if (dep >= 0 && dep < n && head[dep] >= 0 && head[dep] < n) {
                children.get(head[dep]).add(dep);
            }
        }
    }

    private static final Set<String> FINITE = Set.of("VBD", "VBZ", "VBP");

    /** Whether a verb is an infinitive with "to", which the parser marks as a mark or, at times, as a case. */
    boolean isToInfinitive(int i) {
        return hasChildLemma(i, "mark", "to") || hasChildLemma(i, "case", "to");
    }

    /**
     * "Writing on Twitter, the senator on Saturday called the agency a disaster", "Addressing parliament, May
     * criticized Russia": the parser sometimes makes a sentence's opening participle phrase its root, the main
     * verb a loose dependent of it and the subject an apposition. The main clause is put back on top: its verb
     * the root, the participle an adverbial clause of it, the noun phrase before the verb its subject. Only
     * where the opening (up to the first comma) has no finite verb and the first finite verb after the comma
     * hangs inside the opening.
     */
    private void repairOpeningParticiple() {
        int n = head.length;
        if (n < 5 || !(token(0).pos().equals("VBG") || token(0).pos().equals("VBN"))) {
            return;
        }
        int comma = -1;
        for (int k = 1; k < n && comma < 0; k++) {
            if (token(k).text().equals(",")) {
                comma = k;
            } else if (FINITE.contains(token(k).pos()) || token(k).pos().equals("MD")) {
                return;
            }
        }
        if (comma < 2 || comma > n - 3) {
            return;
        }
        int root = -1;
        for (int k = 0; k < n; k++) {
            if (head[k] < 0) {
                if (root >= 0) {
                    return;
                }
                root = k;
            }
        }
        if (root < 0 || root >= comma) {
            return;
        }
        int verb = -1;
        for (int k = comma + 1; k < n && verb < 0; k++) {
            if (FINITE.contains(token(k).pos()) || token(k).pos().equals("MD")) {
                verb = k;
            }
        }
        if (verb < 0 || token(verb).pos().equals("MD")) {
            return; // a modal hangs on its verb: leave such clauses as parsed
        }
        if (head[verb] < 0 || head[verb] >= comma || rel[verb].startsWith("nsubj") || rel[verb].equals("aux")) {
            return;
        }
        boolean hasSubject = false;
        int subject = -1;
        for (int k = comma + 1; k < verb; k++) {
            boolean inside = head[k] > comma && head[k] < verb || head[k] == verb;
            if (head[k] == verb && rel[k].startsWith("nsubj")) {
                hasSubject = true;
            }
            if (!inside && subject < 0 && (token(k).pos().startsWith("NN") || token(k).pos().equals("PRP"))) {
                subject = k; // the first noun the parser hung outside the stretch before the verb
            }
        }
        if (!hasSubject && subject < 0) {
            return;
        }
        if (root == 0) {
            head[0] = verb;
            rel[0] = "advcl";
        } else if (head[0] == root && rel[0].equals("amod")) {
            head[0] = verb;
            rel[0] = "advcl";
            head[root] = 0;
            rel[root] = "obj";
        } else {
            return;
        }
        head[verb] = -1;
        rel[verb] = "root";
        if (!hasSubject) {
            head[subject] = verb;
            rel[subject] = "nsubj";
        }
        
    }

    int size() {
        return head.length;
    }

    Token token(int i) {
        return sentence.tokens().get(i);
    }

    String lemma(int i) {
        return token(i).lemma().toLowerCase(Locale.ROOT);
    }

    int head(int i) {
        return head[i];
    }

    String rel(int i) {
        return rel[i];
    }

    /** The relation without its subtype ("obl:tmod" is "obl"). */
    String baseRel(int i) {
        String r = rel[i];
        int colon = r.indexOf(':');
        return colon < 0 ? r : r.substring(0, colon);
    }

    List<Integer> children(int i) {
        return children.get(i);
    }

    /** The first child of {@code i} whose relation is one of {@code rels}, or -1. */
    int child(int i, String... rels) {
        for (int c : children.get(i)) {
            for (String r : rels) {
                if (rel[c].equals(r)) {
                    return c;
                }
            }
        }
        return -1;
    }

    List<Integer> childrenWith(int i, String... rels) {
        List<Integer> out = new ArrayList<>();
        for (int c : children.get(i)) {
            for (String r : rels) {
                if (rel[c].equals(r)) {
                    out.add(c);
                    break;
                }
            }
        }
        return out;
    }

    /** The lemma of the preposition marking a nominal ("with" for "with Putin"), or "". */
    String caseOf(int i) {
        int c = child(i, "case");
        if (c < 0) {
            return "";
        }
        String l = lemma(c);
        return l.equals("according") ? "accord" : l;
    }

    boolean hasChildLemma(int i, String relation, String... lemmas) {
        for (int c : children.get(i)) {
            if (rel[c].equals(relation)) {
                for (String l : lemmas) {
                    if (lemma(c).equals(l)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    boolean isVerbal(int i) {
        Token t = token(i);
        return t.isVerb() || (t.pos().startsWith("JJ") && child(i, "nsubj", "cop") >= 0) || nounAsVerb(i);
    }

    /**
     * A word the tagger took for a noun that the parse uses as a verb: a subject and a modal of its own
     * ("they would blockade Paris", "it will ban"); such homographs (blockade, protest, ban, strike) are
     * common in news.
     */
    boolean nounAsVerb(int i) {
        if (!token(i).isNoun() || child(i, "nsubj") < 0) {
            return false;
        }
        for (int c : childrenWith(i, "aux")) {
            if (token(c).pos().equals("MD")) {
                return true;
            }
        }
        return false;
    }

    /**
     * A gerund the parse uses as a noun: it takes a noun's modifier ("Fighting between Azerbaijanis and
     * Armenians killed 20", "shelling of the town"), an nmod, which hangs only on nominals, and no subject,
     * object or auxiliary of a verb's. Its lemma as a noun is the word itself ("fighting", "shelling").
     */
    boolean gerundAsNoun(int i) {
        return token(i).pos().equals("VBG") && child(i, "nmod") >= 0
                && child(i, "nsubj", "nsubj:pass", "obj", "iobj", "aux", "aux:pass", "cop") < 0;
    }

    /** A passive clause, or a bare participle hanging on another ("Asked whether ..., Peskov said"). */
    boolean isPassive(int i) {
        if (child(i, "nsubj:pass", "aux:pass") >= 0) {
            return true;
        }
        String r = rel(i);
        return token(i).pos().equals("VBN") && child(i, "aux", "nsubj") < 0 && (r.equals("advcl") || r.startsWith("acl"));
    }

    /** The nearest verb above a token in the parse, or -1. */
    int verbAbove(int token) {
        int cur = head(token);
        for (int steps = 0; cur >= 0 && steps < 8; steps++) {
            if (token(cur).isVerb()) {
                return cur;
            }
            cur = head(cur);
        }
        return -1;
    }

    /** Whether {@code ancestor} dominates {@code i} (within a bounded number of steps). */
    boolean dominates(int ancestor, int i) {
        int cur = i;
        for (int steps = 0; cur >= 0 && steps < 40; steps++) {
            if (cur == ancestor) {
                return true;
            }
            cur = head[cur];
        }
        return false;
    }
}
