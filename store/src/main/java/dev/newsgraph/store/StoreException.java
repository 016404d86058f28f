package dev.newsgraph.store;

/** The store cannot do what was asked (cannot open, disk full, corrupt file); the message says which. */
public final class StoreException extends RuntimeException {
    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }

    public StoreException(String message) {
        super(message);
    }
}
