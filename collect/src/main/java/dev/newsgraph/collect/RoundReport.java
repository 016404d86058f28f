package dev.newsgraph.collect;

import java.time.Duration;

/**
 * What one round of {@code watch} did, for its one-line log.
 *
 * @param sources     sources in the round
 * @param fetched     sources fetched with a new body
 * @param notModified sources that answered 304 (or sent the same body)
 * @param waiting     sources skipped: still waiting after failures or a {@code Retry-After}
 * @param newItems    item URLs met for the first time
 * @param stored      articles stored
 * @param errors      sources and items that failed (each named on its own line)
 * @param took        the round's wall time
 */
public record RoundReport(int sources, int fetched, int notModified, int waiting, int newItems, int stored, int errors,
                          Duration took) {

    /** The round's line: {@code round 2: 3 sources, 1 fetched, 2 not modified, ...}. */
    public String line(int round) {
        return String.format("round %d: %d sources, %d fetched, %d not modified, %d waiting, %d new items,"
                        + " %d articles stored, %d errors, in %.1fs", round, sources, fetched, notModified, waiting,
                newItems, stored, errors, took.toMillis() / 1000.0);
    }
}
