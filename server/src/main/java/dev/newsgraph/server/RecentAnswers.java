package dev.newsgraph.server;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Answers of costly aggregate queries (the whole network, the whole timeline) kept for a few
 * seconds, so that a page and its reloads do not aggregate the corpus again each time. An answer
 * is at most {@code ttlMillis} old: articles stored meanwhile show after that.
 */
final class RecentAnswers {
    private record Entry(long at, Object value) {
    }

    private static final int MAX_ENTRIES = 256;
    private final long ttlMillis;
    private final Map<String, Entry> entries = new ConcurrentHashMap<>();

    RecentAnswers(long ttlMillis) {
        this.ttlMillis = ttlMillis;
    }

    /** The answer for {@code key}, computed by {@code query} where none is recent enough. */
    @SuppressWarnings("unchecked")
    <T> T get(String key, Supplier<T> query) {
        long now = System.currentTimeMillis();
        Entry e = entries.get(key);
        if (e != null && now - e.at() < ttlMillis) {
            return (T) e.value();
        }
        T value = query.get();
        if (entries.size() >= MAX_ENTRIES) {
            entries.clear();
        }
        entries.put(key, new Entry(now, value));
        return value;
    }
}
