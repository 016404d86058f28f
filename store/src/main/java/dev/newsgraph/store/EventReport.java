package dev.newsgraph.store;

/**
 * One article's report of a merged event: where it was read and the sentence it was read from.
 *
 * @param added when the article was stored, ISO 8601 instant
 */
public record EventReport(String articleId, String url, String source, String published, String title,
                          String localId, String modality, double confidence, String evidence, String added) {
}
