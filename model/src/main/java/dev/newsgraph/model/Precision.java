package dev.newsgraph.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** How precisely an event's date is known. */
public enum Precision {
    DAY, WEEK, MONTH, YEAR, UNKNOWN;

    @JsonValue
    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    @JsonCreator
    public static Precision of(String code) {
        return Codes.parse(Precision.class, code);
    }

    /** The precision a TIMEX3 date value carries: {@code 2025-04-04} is a day, {@code 2025-W14} a week. */
    public static Precision ofValue(String value) {
        if (value == null) {
            return UNKNOWN;
        }
        if (value.matches("\\d{4}-\\d{2}-\\d{2}.*")) {
            return DAY;
        }
        if (value.matches("\\d{4}-W\\d{2}")) {
            return WEEK;
        }
        if (value.matches("\\d{4}-\\d{2}")) {
            return MONTH;
        }
        if (value.matches("\\d{4}")) {
            return YEAR;
        }
        return UNKNOWN;
    }
}
