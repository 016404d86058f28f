package dev.newsgraph.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The rate limiter keeps a bounded table of clients and forgets the quietest, never all at once. */
class RateLimiterTest {
    @Test
    void aFloodOfNewAddressesNeitherGrowsTheTableNorFreesABusyClientFromItsLimit() {
        RateLimiter limiter = new RateLimiter(1, 1000);
        // the busy client spends its burst (2) and is held
        assertTrue(limiter.allow("10.0.0.1"));
        assertTrue(limiter.allow("10.0.0.1"));
        assertFalse(limiter.allow("10.0.0.1"));
        // 5,000 new addresses (five times the table), the busy client asking again now and then
        for (int i = 0; i < 5000; i++) {
            assertTrue(limiter.allow("192.0." + (i / 256) + "." + (i % 256)), "a new client has its burst");
            if (i % 500 == 0) {
                assertFalse(limiter.allow("10.0.0.1"), "still limited after " + i + " new clients");
            }
            assertTrue(limiter.kept() <= 1000, "bounded");
        }
        assertEquals(1000, limiter.kept());
    }

    @Test
    void theClientSeenLeastRecentlyIsTheOneForgotten() {
        RateLimiter limiter = new RateLimiter(1, 2);
        assertTrue(limiter.allow("a"));
        assertTrue(limiter.allow("a"));
        assertFalse(limiter.allow("a"));
        assertTrue(limiter.allow("b"));
        assertFalse(limiter.allow("a"));
        // c takes the place of b, seen less recently than a
        assertTrue(limiter.allow("c"));
        assertFalse(limiter.allow("a"), "a kept");
        assertEquals(2, limiter.kept());
    }
}
