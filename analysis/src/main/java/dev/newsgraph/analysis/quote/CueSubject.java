package dev.newsgraph.analysis.quote;

import dev.newsgraph.analysis.document.Dependency;
import dev.newsgraph.analysis.document.Document;
import dev.newsgraph.analysis.document.Sentence;
import dev.newsgraph.analysis.document.Token;
import dev.newsgraph.model.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** The words a quote's cue names its speaker by: the subject of the verb of saying ("she said"). */
final class CueSubject {
    /** Dependents that belong to a description's own words: "the former first lady", "the ad's narrator". */
    private static final Set<String> DESCRIPTION_PARTS = Set.of("det", "amod", "compound", "nmod:poss", "nummod",
            "case", "advmod", "det:poss");
    private static final Set<String> UP = Set.of("xcomp", "conj", "advcl", "ccomp", "parataxis");

    private CueSubject() {
    }

    /**
     * The subject of the quote's cue verb, as a span: the verb is the cue's first word nearest the quote
     * outside every quotation, in the sentences the quote begins and ends in or the one after it; its
     * subject, or that of the verb it hangs from ("outlined his plan and vowed to ...").
     */
    static Span of(Document doc, int start, int end, String cue, List<QuoteMarks.Quoted> marks) {
        String verb = cue.split("\\s+")[0].toLowerCase(Locale.ROOT);
        Sentence best = null;
        int bestToken = -1;
        int bestDistance = Integer.MAX_VALUE;
        for (Sentence s : around(doc, start, end)) {
            for (Token t : s.tokens()) {
                if (!t.isVerb() || !t.text().toLowerCase(Locale.ROOT).equals(verb) || QuoteMarks.inside(marks, t.start())) {
                    continue;
                }
                int distance = t.start() < start ? start - t.end() : Math.max(0, t.start() - end);
                if (distance < bestDistance) {
                    best = s;
                    bestToken = t.index();
                    bestDistance = distance;
                }
            }
        }
        if (best == null) {
            return null;
        }
        int cur = bestToken;
        for (int up = 0; up < 3; up++) {
            boolean quotedSubject = false;
            for (Dependency d : best.children(cur)) {
                if (d.relation().equals("nsubj")) {
                    Token t = best.tokens().get(d.dependent());
                    if (!QuoteMarks.inside(marks, t.start())) {
                        return span(doc, best, d.dependent());
                    }
                    quotedSubject = true; // the parse took the quoted words for the subject: no speaker there
                }
            }
            if (up == 0 && QuoteAttributor.INVERTING.contains(best.tokens().get(cur).lemma())) {
                // "..., said David Wasserman, an analyst": after a quote the speaker may follow its verb,
                // and the parse then calls it the verb's object
                for (Dependency d : best.children(cur)) {
                    Token t = best.tokens().get(d.dependent());
                    if (d.relation().equals("obj") && d.dependent() > cur && !QuoteMarks.inside(marks, t.start())) {
                        return span(doc, best, d.dependent());
                    }
                }
            }
            if (quotedSubject) {
                return null;
            }
            Dependency head = best.head(cur);
            if (head == null || head.governor() < 0) {
                return null;
            }
            if (commaParticiple(best, cur, head)) {
                // "took a heckler in stride, saying ...": the participle tells more of what its clause's
                // subject did, whatever word the parse hung it on
                int clause = best.verbAtOrAbove(head.governor());
                if (clause < 0) {
                    return null;
                }
                cur = clause;
                continue;
            }
            boolean gerund = head.relation().equals("obl") && best.tokens().get(cur).pos().equals("VBG");
            if (!UP.contains(head.relation()) && !gerund) {
                return null; // a gerund after a preposition is its clause's act too: "began by talking about ..."
            }
            cur = head.governor();
        }
        return null;
    }

    /** A present participle after a comma, hung on a noun ({@code acl}) or left unlabelled ({@code dep}). */
    private static boolean commaParticiple(Sentence s, int token, Dependency head) {
        return s.isCommaParticiple(token) || head.relation().equals("dep") && token > 0
                && s.tokens().get(token).pos().equals("VBG") && s.tokens().get(token - 1).text().equals(",");
    }

    private static List<Sentence> around(Document doc, int start, int end) {
        List<Sentence> out = new ArrayList<>();
        for (int at : new int[] {start, Math.max(start, end - 1), end + 2}) {
            Sentence s = doc.sentenceAt(Math.min(at, doc.text().length() - 1));
            if (s != null && !out.contains(s)) {
                out.add(s);
            }
        }
        return out;
    }


    /** A pronoun's own token; a description's head with its determiner, modifiers and owner before it. */
    private static Span span(Document doc, Sentence s, int head) {
        int first = head;
        for (Dependency d : s.children(head)) {
            if (d.dependent() < first && DESCRIPTION_PARTS.contains(d.relation())) {
                first = Math.min(first, s.subtreeSpan(d.dependent(), x -> true)[0]);
            }
        }
        List<Token> t = s.tokens();
        return doc.span(t.get(first).start(), t.get(head).end());
    }
}
