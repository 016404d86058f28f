package dev.newsgraph.analysis.document;

/**
 * One step of the analysis: reads the layers earlier stages made and sets its own. A stage
 * takes what it needs (models, lexicons) in its constructor, holds no per-document state, and is
 * safe to share between threads.
 */
public interface Stage {
    /** A short name for provenance and timing ("entities", "quotes"). */
    String name();

    void apply(Document doc);

    /**
     * As {@link #apply(Document)}, telling {@code parts} the nanoseconds its parts took, for stages
     * made of parts worth timing apart (the linguistics stage's tokenizer, tagger, NER and parser).
     */
    default void apply(Document doc, java.util.function.BiConsumer<String, Long> parts) {
        apply(doc);
    }
}
