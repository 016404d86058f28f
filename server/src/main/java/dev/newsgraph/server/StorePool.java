package dev.newsgraph.server;

import dev.newsgraph.store.Store;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * Several open handles on one store, so that requests read in parallel (each handle answers one
 * query at a time). The server only reads; an ingest in another process may write meanwhile
 * (SQLite WAL readers see the last committed state).
 *
 * <p>Every wait is bounded, so that no request can be held up by others for longer than it
 * would wait for an answer: a read waits at most {@code wait} for a free handle, else fails
 * with {@link Busy} (answered 503 with Retry-After), and each read of a handle runs at most
 * {@code queryLimit} in the database ({@link Store#limitQueryTime}). A server keeps answers of
 * unknown length (exports streamed to clients of any speed) in a pool of their own, so that
 * they never hold the handles the short answers need.
 */
final class StorePool implements AutoCloseable {
    private final String name;
    private final BlockingQueue<Store> idle;
    private final List<Store> all = new ArrayList<>();
    private final Duration wait;

    /**
     * Opens {@code size} handles on {@code db}; the store must exist.
     *
     * @param name       what the pool's handles answer, for the busy message ("pages", "exports")
     * @param wait       how long a read waits for a free handle (zero: it takes one that is free now or none)
     * @param queryLimit the time each read may run in the database (zero: no bound)
     */
    StorePool(String db, String name, int size, Duration wait, Duration queryLimit) {
        this(db, null, name, size, wait, queryLimit);
    }

    /**
     * As {@link #StorePool(String, String, int, Duration, Duration)}, with the PostgreSQL password
     * given apart from the URL (null: PGPASSWORD or ~/.pgpass).
     */
    StorePool(String db, String password, String name, int size, Duration wait, Duration queryLimit) {
        this.name = name;
        this.wait = wait;
        idle = new ArrayBlockingQueue<>(size);
        try {
            for (int i = 0; i < size; i++) {
                Store s = Store.open(db, false, password);
                all.add(s);
                s.limitQueryTime(queryLimit);
                idle.add(s);
            }
        } catch (RuntimeException e) {
            close();
            throw e;
        }
    }

    /** Runs a read on a free handle, waiting for one no longer than the pool's wait. */
    <T> T read(Function<Store, T> query) {
        Store s;
        try {
            s = idle.poll(wait.toNanos(), TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
        if (s == null) {
            // the wait, rounded up to a second and at least one, is about as long as a handle stays taken
            throw new Busy("the server is busy with other " + name + "; try again shortly",
                    (int) Math.max(1, (wait.toMillis() + 999) / 1000));
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
