package dev.newsgraph.server;

import dev.newsgraph.store.Store;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.function.Function;

/**
 * Several open handles on one store, so that requests read in parallel (each handle answers one
 * query at a time). The server only reads; an ingest in another process may write meanwhile
 * (SQLite WAL readers see the last committed state).
 */
final class StorePool implements AutoCloseable {
    private final BlockingQueue<Store> idle;
    private final List<Store> all = new ArrayList<>();

    /** Opens {@code size} handles on {@code db}; the store must exist. */
    StorePool(String db, int size) {
        idle = new ArrayBlockingQueue<>(size);
        try {
            for (int i = 0; i < size; i++) {
                Store s = Store.open(db, false);
                all.add(s);
                idle.add(s);
            }
        } catch (RuntimeException e) {
            close();
            throw e;
        }
    }

    /** Runs a read on a free handle, waiting for one. */
    <T> T read(Function<Store, T> query) {
        Store s;
        try {
            s = idle.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
        try {
            return query.apply(s);
        } finally {
            idle.add(s);
        }
    }

    /** Where the data lives, for messages. */
    String location() {
        return all.get(0).location();
    }

    @Override
    public void close() {
        for (Store s : all) {
            try {
                s.close();
            } catch (RuntimeException ignored) {
                // closing the rest matters more
            }
        }
    }
}
