package dev.newsgraph.store;

/**
 * The location names something that exists but is not a newsgraph store (another program's
 * SQLite database, a text file, an empty file opened for reading, a PostgreSQL database holding
 * other tables). It is left exactly as it was found.
 */
public final class NotAStoreException extends StoreException {
    public NotAStoreException(String message) {
        super(message);
    }
}
