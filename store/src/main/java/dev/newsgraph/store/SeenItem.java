package dev.newsgraph.store;

/**
 * An article URL that {@code watch} met in a source, and how far it got: it is fetched until it is
 * stored or given up, so a run killed at any moment loses no item and a restart stores none twice.
 *
 * @param url       the item's URL, normalised
 * @param source    the URL of the source it was met in
 * @param state     how far it got
 * @param reason    why it was given up (one line), or null
 * @param attempts  fetches tried so far
 * @param articleId the id of the article it gave, once stored (or found already stored), else null
 * @param updated   ISO 8601 instant of the last change
 */
public record SeenItem(String url, String source, State state, String reason, int attempts, String articleId,
                       String updated) {

    /** How far an item got. */
    public enum State {
        /** Met in a source; not yet stored: fetched again on the next round. */
        SEEN,
        /** Its article is in the store (stored by this item, or already there). */
        STORED,
        /** Not fetched again: the reason says why (not found, refused by robots.txt, no story text, ...). */
        GIVEN_UP
    }
}
