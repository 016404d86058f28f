package dev.newsgraph.store.sql;

import java.time.Duration;
import java.util.function.Consumer;

/**
 * The time one read of a {@link SqlStore} has had in the database, against the handle's limit
 * ({@link dev.newsgraph.store.Store#limitQueryTime}). The time a sink takes with a row is added
 * back to the deadline, so that only the engine's time counts: a reader that streams rows to a
 * slow client is bounded by the client's own time-outs, not cut off for the client's slowness.
 * Used under the store's lock, by the thread running the read (and the engine's callbacks on it).
 */
final class QueryClock {
    private long limitNanos;
    private long deadline;
    private boolean running;

    void limit(Duration limit) {
        limitNanos = limit.toNanos();
    }

    Duration limit() {
        return Duration.ofNanos(limitNanos);
    }

    /** A read starts (its deadline set where there is a limit). */
    void start() {
        running = limitNanos > 0;
        deadline = System.nanoTime() + limitNanos;
    }

    /** The read is over. */
    void stop() {
        running = false;
    }

    /** Whether the running read has had its time. */
    boolean overdue() {
        return running && System.nanoTime() - deadline > 0;
    }

    /** The sink, its time with each row not counted against the read's. */
    <T> Consumer<T> excluding(Consumer<T> sink) {
        if (limitNanos <= 0) {
            return sink;
        }
        return row -> {
            long handedOver = System.nanoTime();
            try {
                sink.accept(row);
            } finally {
                deadline += System.nanoTime() - handedOver;
            }
        };
    }
}
