package dev.newsgraph.server;

/** A request parameter is missing or malformed: answered 400 with this message, naming the parameter. */
final class BadRequest extends RuntimeException {
    BadRequest(String message) {
        super(message, null, false, false);
    }
}
