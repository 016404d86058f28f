package dev.newsgraph.model;

import java.util.List;

/**
 * The article as analysed: its metadata, the story text with boilerplate and teasers removed,
 * and what was removed with the reason.
 *
 * @param id        stable id: the same input gives the same id ({@code sha256:} of the text)
 * @param published ISO 8601 date or date-time, or null where unknown
 * @param language  BCP 47 tag, e.g. {@code en}
 */
public record Article(
        String id,
        String url,
        String source,
        String title,
        String published,
        String language,
        String text,
        List<Removal> removed) {

    public Article {
        text = text == null ? "" : text;
        removed = Lists.copy(removed);
    }

    public Article withText(String newText, List<Removal> newRemoved) {
        return new Article(id, url, source, title, published, language, newText, newRemoved);
    }

    public Article withId(String newId) {
        return new Article(newId, url, source, title, published, language, text, removed);
    }

    public Article withPublished(String newPublished) {
        return new Article(id, url, source, title, newPublished, language, text, removed);
    }

    public Article withLanguage(String newLanguage) {
        return new Article(id, url, source, title, published, newLanguage, text, removed);
    }
}
