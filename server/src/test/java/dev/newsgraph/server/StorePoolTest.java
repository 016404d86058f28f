package dev.newsgraph.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsgraph.store.Store;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The pool of store handles never keeps a request waiting past its bound. */
class StorePoolTest {
    @Test
    void aReadFindingEveryHandleTakenWaitsItsBoundThenIsToldTheServerIsBusy() throws Exception {
        try (StorePool pool = new StorePool(FixtureStore.get().toString(), "requests", 1, Duration.ofMillis(300),
                Duration.ofSeconds(10))) {
            CountDownLatch taken = new CountDownLatch(1);
            CountDownLatch release = new CountDownLatch(1);
            Thread holder = new Thread(() -> pool.read(s -> {
                taken.countDown();
                try {
                    return release.await(30, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    throw new IllegalStateException(e);
                }
            }));
            holder.start();
            assertTrue(taken.await(10, TimeUnit.SECONDS));
            long start = System.nanoTime();
            Busy busy = assertThrows(Busy.class, () -> pool.read(Store::articleCount));
            assertTrue(System.nanoTime() - start >= 250_000_000L, "waited its bound");
            assertTrue(busy.getMessage().contains("busy"), busy.getMessage());
            assertEquals(1, busy.retryAfterSeconds());
            release.countDown();
            holder.join();
            assertEquals(3L, pool.read(Store::articleCount), "the handle serves again once given back");
        }
    }
}
