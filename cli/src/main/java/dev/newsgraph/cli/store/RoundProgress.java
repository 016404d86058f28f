package dev.newsgraph.cli.store;

import dev.newsgraph.collect.RoundReport;
import java.io.PrintStream;

/**
 * A watch round's progress on a terminal: a bar of the sources done, redrawn in place at most ten
 * times a second, with the new items, articles stored and errors so far; message lines are kept
 * clear of it. In a pipe it draws nothing: the round's own line says it all. Thread-safe.
 */
final class RoundProgress {
    private final PrintStream err;
    private final boolean terminal;
    private int round;
    private int total;
    private long lastDrawn;
    private boolean shown;

    RoundProgress(PrintStream err, boolean terminal) {
        this.err = err;
        this.terminal = terminal;
    }

    /** A new round over {@code sources} sources begins. */
    synchronized void begin(int round, int sources) {
        this.round = round;
        this.total = sources;
        this.lastDrawn = 0;
    }

    /** The round so far ({@code sources}: those done); drawn where it is time. */
    synchronized void update(RoundReport soFar) {
        long now = System.nanoTime();
        if (!terminal || now - lastDrawn < 100_000_000L && soFar.sources() < total) {
            return;
        }
        int width = 30;
        int filled = total <= 0 ? width : Math.min(width, width * soFar.sources() / total);
        err.print("\r\033[K[" + "#".repeat(filled) + ".".repeat(width - filled) + "] round " + round + ": "
                + soFar.sources() + "/" + total + " sources, " + soFar.newItems() + " new items, "
                + soFar.stored() + " stored, " + soFar.errors() + " errors");
        err.flush();
        shown = true;
        lastDrawn = now;
    }

    /** A message line (a failure, the round's line), printed clear of the bar. */
    synchronized void log(String line) {
        clear();
        err.println(line);
    }

    synchronized void clear() {
        if (shown) {
            err.print("\r\033[K");
            shown = false;
        }
    }
}
