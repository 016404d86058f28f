package dev.newsgraph.store.sqlite;

import dev.newsgraph.store.Store;
import dev.newsgraph.store.StoreProvider;
import java.nio.file.Path;
import java.util.regex.Pattern;

/** The embedded store for {@link Store#open}: every location that is a path (a folder or a {@code .db} file), not a URL. */
public final class SqliteStoreProvider implements StoreProvider {
    /** A URL's scheme ({@code postgresql://}, {@code jdbc:postgresql://}): such a location is another kind's. */
    private static final Pattern URL = Pattern.compile("[A-Za-z][A-Za-z0-9+.-]*(:[A-Za-z][A-Za-z0-9+.-]*)*://");

    @Override
    public boolean opens(String db) {
        return !URL.matcher(db).lookingAt();
    }

    @Override
    public Store open(String db, boolean create, String password) {
        // a file on this machine: its access is the file system's, there is no password
        return SqliteStore.open(Path.of(db), create);
    }
}
