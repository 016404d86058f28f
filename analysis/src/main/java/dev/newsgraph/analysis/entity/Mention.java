package dev.newsgraph.analysis.entity;

import dev.newsgraph.analysis.document.Sentence;
import dev.newsgraph.model.EntityType;
import java.util.ArrayList;
import java.util.List;

/**
 * One place the text refers to an actor or place, while entities are being built: its tokens,
 * kind and type, and what the text says of it there (roles, age, country). Mutable, owned by
 * one {@link EntityResolver} run.
 */
final class Mention {
    final Sentence sentence;
    final int first;
    final int last;
    final MentionKind kind;
    EntityType type;
    String subtype;
    String country;
    String sector;
    Integer age;
    char gender = '-';
    /** Whether the gender is only a first name's usual one ("Jan" may be either). */
    boolean genderFromName;
    boolean possessive;
    boolean insideQuote;
    final List<String> roles = new ArrayList<>();
    /** For a description, the role word it is headed by. */
    String roleWord;
    /** For a mention that stands for a country's government (a capital as actor), its country. */
    String standsFor;
    Cluster cluster;
    /** "a Secret Service agent": a description that introduces someone rather than refers back. */
    boolean indefinite;
    /** For an apposition, the name it stands beside. */
    Mention partner;
    /**
     * The token (index in the sentence) of the person whose role this mention holds: "Trump's" in
     * "Trump's Ukraine envoy Keith Kellogg", "his" in "his senior adviser R.C. Hammond"; -1 where none.
     */
    int ownerAt = -1;

    Mention(Sentence sentence, int first, int last, MentionKind kind, EntityType type) {
        this.sentence = sentence;
        this.first = first;
        this.last = last;
        this.kind = kind;
        this.type = type;
    }

    int start() {
        return sentence.tokens().get(first).start();
    }

    int end() {
        var t = sentence.tokens().get(last);
        String w = t.text();
        // "the Kremlin." at the very end of a text: the tokenizer may keep the full stop on the word
        boolean atEnd = last == sentence.tokens().size() - 1
                || last == sentence.tokens().size() - 2 && sentence.tokens().get(last + 1).text().equals(".");
        if (atEnd && w.length() > 1 && w.endsWith(".")
                && w.indexOf('.') == w.length() - 1 && kind != MentionKind.PRONOUN) {
            return t.end() - 1;
        }
        return t.end();
    }

    String text(String doc) {
        return doc.substring(start(), end());
    }

    boolean overlaps(Mention o) {
        return o.sentence == sentence && o.first <= last && first <= o.last;
    }

    /** The dependency relation of the mention's head (its last token, or the token the span attaches through). */
    String relation() {
        for (int i = last; i >= first; i--) {
            var d = sentence.head(i);
            if (d != null && (d.governor() < first || d.governor() > last)) {
                return d.relation();
            }
        }
        return "";
    }

    boolean isSubject() {
        String r = relation();
        return r.startsWith("nsubj");
    }

    @Override
    public String toString() {
        return kind + ":" + type + "[" + sentence.index() + ":" + first + "-" + last + "]";
    }
}
