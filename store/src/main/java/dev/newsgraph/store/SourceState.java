package dev.newsgraph.store;

/**
 * What {@code watch} knows of one source (a feed, sitemap or page it follows), kept between runs so
 * that a restart sends conditional requests and respects a server's request to wait.
 *
 * @param url          the source's URL, normalised
 * @param kind         what the source was last found to be ({@code feed}, {@code sitemap}, {@code page}), or null
 * @param lastFetch    ISO 8601 instant of the last request, or null where never fetched
 * @param lastStatus   the HTTP status of the last request (304: not modified), or 0 where it got no answer
 * @param etag         the last {@code ETag} validator, or null
 * @param lastModified the last {@code Last-Modified} validator, or null
 * @param failures     failed rounds in a row (0 after a success)
 * @param notBefore    ISO 8601 instant before which the source is not fetched again (a back-off after
 *                     failures, or a server's {@code Retry-After}), or null where it is due every round
 * @param lastError    the last failure, one line, or null after a success
 * @param newItems     items met for the first time in the last round that fetched it
 */
public record SourceState(String url, String kind, String lastFetch, int lastStatus, String etag, String lastModified,
                          int failures, String notBefore, String lastError, int newItems) {

    /** A source never fetched. */
    public static SourceState fresh(String url) {
        return new SourceState(url, null, null, 0, null, null, 0, null, null, 0);
    }
}
