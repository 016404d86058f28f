package dev.newsgraph.cli.store;

import java.io.PrintStream;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Ingest progress on stderr: a bar redrawn in place on a terminal (at most ten times a
 * second), a plain line every ten seconds in a pipe; articles per second and the time left from the articles counted up front.
 * Thread-safe.
 */
final class Progress {
    private final PrintStream err;
    private final boolean terminal;
    private final long total;
    private final long started = System.nanoTime();
    final AtomicLong stored = new AtomicLong();
    final AtomicLong duplicates = new AtomicLong();
    final AtomicLong failed = new AtomicLong();
    private long lastLine = System.nanoTime();
    private boolean barShown;

    Progress(PrintStream err, boolean terminal, long total) {
        this.err = err;
        this.terminal = terminal;
        this.total = total;
    }

    long done() {
        return stored.get() + duplicates.get() + failed.get();
    }

    /** A message line, kept clear of the bar. */
    synchronized void log(String line) {
        if (barShown) {
            err.print("\r\033[K");
            barShown = false;
        }
        err.println(line);
    }

    /** Called often; draws when it is time. */
    synchronized void tick(boolean force) {
        long now = System.nanoTime();
        if (terminal) {
            if (force || now - lastLine > 100_000_000L) {
                err.print("\r\033[K" + bar());
                err.flush();
                barShown = true;
                lastLine = now;
            }
        } else if (force || now - lastLine > 10_000_000_000L) {
            err.println("newsgraph: ingest " + status());
            lastLine = now;
        }
    }

    synchronized void finish() {
        if (barShown) {
            err.print("\r\033[K");
            barShown = false;
        }
    }

    private String bar() {
        int width = 30;
        int filled = total <= 0 ? 0 : (int) Math.min(width, width * done() / total);
        return "[" + "#".repeat(filled) + ".".repeat(width - filled) + "] " + status();
    }

    private String status() {
        long done = done();
        double seconds = Math.max(1e-3, (System.nanoTime() - started) / 1e9);
        double rate = done / seconds;
        String eta = rate <= 0 || total <= done ? "-" : format(Duration.ofSeconds((long) ((total - done) / rate)));
        return String.format("%,d/%,d (%d%%) %.1f articles/s ETA %s | stored %,d, duplicates %,d, failed %,d",
                done, total, total == 0 ? 100 : Math.min(100, done * 100 / total), rate, eta, stored.get(),
                duplicates.get(), failed.get());
    }

    static String format(Duration d) {
        long s = d.getSeconds();
        return s >= 3600 ? String.format("%dh%02dm", s / 3600, s / 60 % 60)
                : s >= 60 ? String.format("%dm%02ds", s / 60, s % 60) : s + "s";
    }
}
