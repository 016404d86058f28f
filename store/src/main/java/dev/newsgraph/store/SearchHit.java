package dev.newsgraph.store;

/** An article matching a full-text search, with the matching words marked in {@code snippet} by [ and ]. */
public record SearchHit(String articleId, String title, String url, String published, String snippet, double score) {
}
