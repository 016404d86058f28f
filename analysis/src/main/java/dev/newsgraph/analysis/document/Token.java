package dev.newsgraph.analysis.document;

/**
 * A token of the article text.
 *
 * @param index position in its sentence, from 0
 * @param start char offset in the analysed text (UTF-16 units, end exclusive)
 * @param pos   Penn Treebank tag
 * @param ner   coarse named-entity tag ({@code PERSON}, {@code ORGANIZATION}, {@code LOCATION},
 *              {@code MISC}) or {@code O}
 */
public record Token(int index, int start, int end, String text, String pos, String lemma, String ner) {
    public boolean isNoun() {
        return pos.startsWith("NN");
    }

    public boolean isProperNoun() {
        return pos.startsWith("NNP");
    }

    public boolean isVerb() {
        return pos.startsWith("VB");
    }
}
