package dev.newsgraph.store.postgres;

import dev.newsgraph.store.Store;
import dev.newsgraph.store.StoreProvider;

/** PostgreSQL stores for {@link Store#open}: locations {@code postgresql://}, {@code postgres://}, {@code jdbc:postgresql://}. */
public final class PostgresStoreProvider implements StoreProvider {
    @Override
    public boolean opens(String db) {
        return PostgresStore.isUrl(db);
    }

    @Override
    public Store open(String db, boolean create, String password) {
        return PostgresStore.open(db, create, password);
    }
}
