package dev.newsgraph.server;

import java.util.Iterator;
import java.util.LinkedHashMap;

/**
 * A token bucket per client address: {@code perSecond} requests a second on average, bursts of
 * twice that. Rate 0 turns it off (benchmarks). The buckets kept are bounded by {@code clients}:
 * past that, the bucket of the client seen least recently goes, which after a short while idle
 * is full again and so the same as none. A flood of new addresses thus costs only the quietest
 * clients their state, never the busy ones being limited, who would otherwise start afresh with
 * a whole burst each time the table was emptied.
 */
final class RateLimiter {
    /** Clients whose buckets are kept unless told otherwise. */
    static final int CLIENTS = 10_000;

    private final double perSecond;
    private final double burst;
    private final int clients;
    /** Bucket per client, least recently seen first: tokens left, and when last counted (nanoTime). */
    private final LinkedHashMap<String, double[]> buckets = new LinkedHashMap<>(1024, 0.75f, true);

    RateLimiter(int perSecond) {
        this(perSecond, CLIENTS);
    }

    RateLimiter(int perSecond, int clients) {
        this.perSecond = perSecond;
        this.burst = perSecond * 2.0;
        this.clients = clients;
    }

    /** Whether this client may make one more request now. */
    synchronized boolean allow(String client) {
        if (perSecond <= 0) {
            return true;
        }
        long now = System.nanoTime();
        double[] b = buckets.get(client);
        if (b == null) {
            b = new double[] {burst, now};
            buckets.put(client, b);
            forgetBeyondBound();
        }
        double tokens = Math.min(burst, b[0] + (now - b[1]) / 1e9 * perSecond);
        b[1] = now;
        if (tokens < 1) {
            b[0] = tokens;
            return false;
        }
        b[0] = tokens - 1;
        return true;
    }

    /** Clients whose buckets are kept now. */
    synchronized int kept() {
        return buckets.size();
    }

    /** Past the bound, the client seen least recently goes (its bucket most likely full again, as if never seen). */
    private void forgetBeyondBound() {
        if (buckets.size() > clients) {
            Iterator<String> oldest = buckets.keySet().iterator();
            oldest.next();
            oldest.remove();
        }
    }
}
