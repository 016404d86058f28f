package dev.newsgraph.server;

import java.util.concurrent.ConcurrentHashMap;

/**
 * A token bucket per client address: {@code perSecond} requests a second on average, bursts of
 * twice that. Rate 0 turns it off (benchmarks). Buckets of idle clients are forgotten.
 */
final class RateLimiter {
    private final double perSecond;
    private final double burst;
    private final ConcurrentHashMap<String, double[]> buckets = new ConcurrentHashMap<>();

    RateLimiter(int perSecond) {
        this.perSecond = perSecond;
        this.burst = perSecond * 2.0;
    }

    /** Whether this client may make one more request now. */
    boolean allow(String client) {
        if (perSecond <= 0) {
            return true;
        }
        long now = System.nanoTime();
        if (buckets.size() > 10_000) {
            buckets.clear();
        }
        double[] b = buckets.computeIfAbsent(client, k -> new double[] {burst, now});
        synchronized (b) {
            double tokens = Math.min(burst, b[0] + (now - b[1]) / 1e9 * perSecond);
            b[1] = now;
            if (tokens < 1) {
                b[0] = tokens;
                return false;
            }
            b[0] = tokens - 1;
            return true;
        }
    }
}
