package dev.newsgraph.store;

/**
 * The store cannot do what was asked (cannot open, disk full, corrupt file); the message says
 * which. Messages are passed through {@link Secrets#mask}, as they often name the store's location
 * or quote a driver.
 */
public class StoreException extends RuntimeException {
    public StoreException(String message, Throwable cause) {
        super(Secrets.mask(message), cause);
    }

    public StoreException(String message) {
        super(Secrets.mask(message));
    }
}
