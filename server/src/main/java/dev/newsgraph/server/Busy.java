package dev.newsgraph.server;

/**
 * No store handle came free within the wait: the server is busy with other answers. Answered
 * 503 with a {@code Retry-After} of {@link #retryAfterSeconds()}, at once, rather than queueing
 * the request behind work it cannot see the end of.
 */
final class Busy extends RuntimeException {
    private final int retryAfterSeconds;

    Busy(String message, int retryAfterSeconds) {
        super(message, null, false, false);
        this.retryAfterSeconds = retryAfterSeconds;
    }

    int retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
