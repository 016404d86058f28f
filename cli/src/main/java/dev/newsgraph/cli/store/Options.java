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

    private static final java.util.regex.Pattern DURATION = java.util.regex.Pattern.compile("(\\d+)(ms|s|m|h)");
    private static final java.util.regex.Pattern SIZE = java.util.regex.Pattern.compile("(\\d+)(KB|MB|GB|B)?",
            java.util.regex.Pattern.CASE_INSENSITIVE);

    /** A DURATION, a number with a unit ({@code 500ms}, {@code 2s}, {@code 15m}, {@code 1h}), or null where it is not one. */
    static java.time.Duration duration(String s) {
        java.util.regex.Matcher m = s == null ? null : DURATION.matcher(s.strip());
        if (m == null || !m.matches()) {
            return null;
        }
        long n;
        try {
            n = Long.parseLong(m.group(1));
        } catch (NumberFormatException e) {
            return null;
        }
        return switch (m.group(2)) {
            case "ms" -> java.time.Duration.ofMillis(n);
            case "s" -> java.time.Duration.ofSeconds(n);
            case "m" -> java.time.Duration.ofMinutes(n);
            default -> java.time.Duration.ofHours(n);
        };
    }

    /** A size in bytes: a number of megabytes, or a number with a unit ({@code 512KB}, {@code 10MB}, {@code 1GB}); -1 where it is not one. */
    static long size(String s) {
        java.util.regex.Matcher m = s == null ? null : SIZE.matcher(s.strip());
        if (m == null || !m.matches() || m.group(1).length() > 12) {
            return -1;
        }
        long n = Long.parseLong(m.group(1));
        String unit = m.group(2) == null ? "MB" : m.group(2).toUpperCase(java.util.Locale.ROOT);
        return switch (unit) {
            case "B" -> n;
            case "KB" -> n * 1024;
            case "MB" -> n * 1024 * 1024;
            default -> n * 1024 * 1024 * 1024;
        };
    }
}
