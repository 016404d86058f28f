package dev.newsgraph.cli.store;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

/** Checks of the store verbs' option values. */
final class Options {
    private Options() {
    }

    /** An ISO 8601 date, date-time or offset date-time. */
    static boolean isIsoDate(String s) {
        try {
            LocalDate.parse(s);
            return true;
        } catch (DateTimeParseException e) {
            try {
                LocalDateTime.parse(s);
                return true;
            } catch (DateTimeParseException e2) {
                try {
                    OffsetDateTime.parse(s);
                    return true;
                } catch (DateTimeParseException e3) {
                    return false;
                }
            }
        }
    }

    /** A day, {@code yyyy-MM-dd}. */
    static boolean isDay(String s) {
        try {
            LocalDate.parse(s);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }
}
