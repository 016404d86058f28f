package dev.newsgraph.cli;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;

/** Checks of dates given on the command line. */
final class Dates {
    private Dates() {
    }

    static boolean isIsoDate(String s) {
        for (java.util.function.Function<String, Object> p : java.util.List.<java.util.function.Function<String, Object>>of(
                LocalDate::parse, LocalDateTime::parse, OffsetDateTime::parse)) {
            try {
                p.apply(s);
                return true;
            } catch (DateTimeParseException e) {
                // try the next form
            }
        }
        return false;
    }
}
