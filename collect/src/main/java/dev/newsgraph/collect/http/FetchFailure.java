package dev.newsgraph.collect.http;

import java.time.Duration;

/**
 * A fetch that gave nothing: the message is one line naming the URL and why. {@link #transientFailure()}
 * says whether trying later may help (a timeout, a 5xx, a 429) or not (a 404, robots.txt, too large).
 */
public final class FetchFailure extends Exception {
    private final String url;
    private final int status;
    private final boolean transientFailure;
    private final Duration retryAfter;

    public FetchFailure(String url, String why, int status, boolean transientFailure, Duration retryAfter) {
        super(url + ": " + why);
        this.url = url;
        this.status = status;
        this.transientFailure = transientFailure;
        this.retryAfter = retryAfter;
    }

    public String url() {
        return url;
    }

    /** The last HTTP status, or 0 where no answer came. */
    public int status() {
        return status;
    }

    public boolean transientFailure() {
        return transientFailure;
    }

    /** What the server asked to wait ({@code Retry-After}), or null. */
    public Duration retryAfter() {
        return retryAfter;
    }

    /** The reason alone, without the URL. */
    public String reason() {
        return getMessage().substring(url.length() + 2);
    }
}
