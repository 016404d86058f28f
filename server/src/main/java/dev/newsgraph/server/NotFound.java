package dev.newsgraph.server;

/** Nothing has the id asked for (answered 404). */
final class NotFound extends RuntimeException {
    NotFound(String message) {
        super(message, null, false, false);
    }
}
