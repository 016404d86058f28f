package dev.newsgraph.cli;

import dev.newsgraph.store.Secrets;
import java.util.logging.Formatter;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;

/**
 * The libraries' log lines (java.util.logging: the PostgreSQL driver, Flyway) pass through
 * {@link Secrets#mask} before they are printed, as a driver may log the URL it connects to.
 */
final class MaskedLogs extends Formatter {
    private final Formatter plain;

    private MaskedLogs(Formatter plain) {
        this.plain = plain;
    }

    /** Masks what every handler of the root logger prints (once per process). */
    static synchronized void install() {
        for (Handler h : Logger.getLogger("").getHandlers()) {
            if (!(h.getFormatter() instanceof MaskedLogs)) {
                h.setFormatter(new MaskedLogs(h.getFormatter() == null ? new SimpleFormatter() : h.getFormatter()));
            }
        }
    }

    @Override
    public String format(LogRecord r) {
        return Secrets.mask(plain.format(r));
    }

    @Override
    public String getHead(Handler h) {
        return plain.getHead(h);
    }

    @Override
    public String getTail(Handler h) {
        return plain.getTail(h);
    }
}
