package dev.newsgraph.collect.http;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;

/**
 * One request at a time per host, with a pause between the end of one and the start of the next:
 * a small site is never asked for two pages at once, however many sources name it. Different
 * hosts do not wait for each other.
 */
final class HostTurns {
    private final Map<String, Turn> hosts = new ConcurrentHashMap<>();

    /** A host's turn: held from {@link #take} to {@link #close}. */
    static final class Turn implements AutoCloseable {
        private final ReentrantLock lock = new ReentrantLock(true);
        private boolean used;
        private long nextStart;
        private long pauseNanos;

        @Override
        public void close() {
            used = true;
            nextStart = System.nanoTime() + pauseNanos;
            lock.unlock();
        }
    }

    /** Waits for the host's turn, then for the pause after its last request; the caller closes it. */
    Turn take(String host, long pauseNanos) throws InterruptedException {
        Turn t = hosts.computeIfAbsent(host, h -> new Turn());
        t.lock.lockInterruptibly();
        try {
            long wait = t.used ? t.nextStart - System.nanoTime() : 0;
            if (wait > 0) {
                Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
            }
        } catch (InterruptedException e) {
            t.lock.unlock();
            throw e;
        }
        t.pauseNanos = pauseNanos;
        return t;
    }
}
