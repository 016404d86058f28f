package dev.newsgraph.store.linking;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The first day a TIMEX3 date value covers: {@code 2025-W15} → 2025-04-07, {@code 2025-02} → 2025-02-01. */
public final class EventDays {
    private static final Pattern DAY = Pattern.compile("(\\d{4}-\\d{2}-\\d{2}).*");
    private static final Pattern WEEK = Pattern.compile("(\\d{4})-W(\\d{2}).*");
    private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
    private static final Pattern YEAR = Pattern.compile("(\\d{4})");

    private EventDays() {
    }

    /** The first day, {@code yyyy-MM-dd}, or null where the value names no calendar period. */
    public static String firstDay(String value) {
        if (value == null) {
            return null;
        }
        try {
            Matcher m;
            if ((m = DAY.matcher(value)).matches()) {
                return LocalDate.parse(m.group(1)).toString();
            }
            if ((m = WEEK.matcher(value)).matches()) {
                return LocalDate.of(Integer.parseInt(m.group(1)), 6, 1)
                        .with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, Integer.parseInt(m.group(2)))
                        .with(DayOfWeek.MONDAY).toString();
            }
            if ((m = MONTH.matcher(value)).matches()) {
                return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), 1).toString();
            }
            if ((m = YEAR.matcher(value)).matches()) {
                return LocalDate.of(Integer.parseInt(m.group(1)), 1, 1).toString();
            }
        } catch (java.time.DateTimeException | NumberFormatException e) {
            return null;
        }
        return null;
    }
}
