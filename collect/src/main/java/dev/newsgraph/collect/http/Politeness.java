package dev.newsgraph.collect.http;

import java.time.Duration;

/**
 * How {@link PoliteFetcher} treats the servers it asks.
 *
 * @param userAgent      the {@code User-Agent} header (and the name robots.txt rules are matched to)
 * @param hostDelay      the pause between two requests to one host (longer where robots.txt asks)
 * @param connectTimeout the longest wait for a connection
 * @param readTimeout    the longest wait for a whole response, headers and body
 * @param maxBytes       the largest response body accepted (after gunzip); a larger one is refused whole
 * @param retries        further tries after a timeout, a 5xx or a 429, each after a back-off
 * @param backoff        the first back-off; each later one doubles, with up to as much again of jitter
 * @param maxRetryWait   the longest {@code Retry-After} waited for in place; a longer one ends the
 *                       fetch and the source waits its turn
 */
public record Politeness(String userAgent, Duration hostDelay, Duration connectTimeout, Duration readTimeout,
                         long maxBytes, int retries, Duration backoff, Duration maxRetryWait) {
    /** The default cap on one response: 10 MB. */
    public static final long DEFAULT_MAX_BYTES = 10L * 1024 * 1024;
    /** The most redirects followed for one fetch. */
    public static final int MAX_REDIRECTS = 5;

    /** The defaults: 2 s between requests to a host, 10 s to connect, 30 s a response, 10 MB, 2 retries. */
    public static Politeness defaults(String userAgent) {
        return new Politeness(userAgent, Duration.ofSeconds(2), Duration.ofSeconds(10), Duration.ofSeconds(30),
                DEFAULT_MAX_BYTES, 2, Duration.ofSeconds(2), Duration.ofSeconds(60));
    }

    /** The {@code User-Agent} of this build: {@code newsgraph/VERSION}, with {@code (+contact)} where given. */
    public static String userAgent(String version, String contact) {
        return "newsgraph/" + version + (contact == null || contact.isBlank() ? "" : " (+" + contact.strip() + ")");
    }

    public Politeness withHostDelay(Duration d) {
        return new Politeness(userAgent, d, connectTimeout, readTimeout, maxBytes, retries, backoff, maxRetryWait);
    }

    public Politeness withMaxBytes(long n) {
        return new Politeness(userAgent, hostDelay, connectTimeout, readTimeout, n, retries, backoff, maxRetryWait);
    }

    public Politeness withTimeouts(Duration connect, Duration read) {
        return new Politeness(userAgent, hostDelay, connect, read, maxBytes, retries, backoff, maxRetryWait);
    }

    public Politeness withRetries(int n, Duration firstBackoff) {
        return new Politeness(userAgent, hostDelay, connectTimeout, readTimeout, maxBytes, n, firstBackoff, maxRetryWait);
    }
}
