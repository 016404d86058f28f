package dev.newsgraph.store;

/**
 * A stored article's metadata.
 *
 * @param story id of the first stored article of its near-duplicate group (itself where it has no copies)
 */
public record ArticleRow(String id, String url, String source, String title, String published, String language,
                         String story, int entities, int events, int quotes) {
}
