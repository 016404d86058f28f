package dev.newsgraph.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** What an amount measures. */
public enum QuantityKind {
    MONEY, COUNT, PERCENT, AGE, DURATION, OTHER;

    @JsonValue
    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    @JsonCreator
    public static QuantityKind of(String code) {
        return Codes.parse(QuantityKind.class, code);
    }
}
