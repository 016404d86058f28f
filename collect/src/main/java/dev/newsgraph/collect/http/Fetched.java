package dev.newsgraph.collect.http;

/**
 * A response that was accepted.
 *
 * @param url          where the body came from, after redirects, in normal form
 * @param status       200 (or another 2xx), or 304 where the validators sent still hold (then no body)
 * @param body         the body, gunzipped; empty for a 304
 * @param contentType  the {@code Content-Type} header, or null
 * @param etag         the {@code ETag} to send next time, or null
 * @param lastModified the {@code Last-Modified} to send next time, or null
 */
public record Fetched(String url, int status, byte[] body, String contentType, String etag, String lastModified) {
    public boolean notModified() {
        return status == 304;
    }
}
