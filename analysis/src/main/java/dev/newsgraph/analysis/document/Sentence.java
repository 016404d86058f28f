package dev.newsgraph.analysis.document;

import java.util.ArrayList;
import java.util.List;

/**
 * A sentence: its char span, its tokens, and its dependency arcs (empty where the sentence was
 * not parsed, e.g. because it is too long).
 */
public record Sentence(int index, int start, int end, List<Token> tokens, List<Dependency> dependencies) {
    public Sentence {
        tokens = List.copyOf(tokens);
        dependencies = List.copyOf(dependencies);
    }

    public boolean parsed() {
        return !dependencies.isEmpty();
    }

    /** Arcs whose governor is token {@code head}. */
    public List<Dependency> children(int head) {
        List<Dependency> out = new ArrayList<>();
        for (Dependency d : dependencies) {
            if (d.governor() == head) {
                out.add(d);
            }
        }
        return out;
    }

    /** The arc that attaches token {@code dependent} to its head, or null. */
    public Dependency head(int dependent) {
        for (Dependency d : dependencies) {
            if (d.dependent() == dependent) {
                return d;
            }
        }
        return null;
    }

    /**
     * Whether the token is a present participle set off by a comma that the parse hung on a noun
     * ("outlined a strategy for the war in Afghanistan, chastising Pakistan"; "..., arguing that"): it
     * tells more of what its clause's subject did, whatever noun it hangs on.
     */
    public boolean isCommaParticiple(int token) {
        Dependency d = head(token);
        return token > 0 && d != null && d.governor() >= 0 && d.relation().equals("acl")
                && tokens.get(token).pos().equals("VBG") && tokens.get(token - 1).text().equals(",");
    }

    /** The nearest verb at or above the token in the parse (eight tokens at most), or -1. */
    public int verbAtOrAbove(int token) {
        int cur = token;
        for (int steps = 0; steps < 8 && cur >= 0; steps++) {
            if (tokens.get(cur).isVerb()) {
                return cur;
            }
            Dependency d = head(cur);
            cur = d == null ? -1 : d.governor();
        }
        return -1;
    }

    /** The sentence of a list in text order that contains char offset {@code offset}, or null (binary search). */
    public static Sentence at(List<Sentence> sentences, int offset) {
        int lo = 0;
        int hi = sentences.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            Sentence s = sentences.get(mid);
            if (offset < s.start()) {
                hi = mid - 1;
            } else if (offset >= s.end()) {
                lo = mid + 1;
            } else {
                return s;
            }
        }
        return null;
    }

    /**
     * The first and last token index of the subtree under {@code head}, following only the arcs
     * {@code follow} accepts (a skipped arc leaves out its dependent's whole subtree).
     */
    public int[] subtreeSpan(int head, java.util.function.Predicate<Dependency> follow) {
        int lo = head;
        int hi = head;
        List<Integer> stack = new ArrayList<>(List.of(head));
        while (!stack.isEmpty()) {
            int h = stack.remove(stack.size() - 1);
            for (Dependency d : children(h)) {
                if (!follow.test(d)) {
                    continue;
                }
                lo = Math.min(lo, d.dependent());
                hi = Math.max(hi, d.dependent());
                stack.add(d.dependent());
            }
        }
        return new int[] {lo, hi};
    }

    /** The index of the token covering char offset {@code offset}, or -1. */
    public int tokenAt(int offset) {
        for (Token t : tokens) {
            if (t.start() <= offset && offset < t.end()) {
                return t.index();
            }
        }
        return -1;
    }
}
