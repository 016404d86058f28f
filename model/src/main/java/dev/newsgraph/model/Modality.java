package dev.newsgraph.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** Whether the article asserts an event, reports it from a source, or says it was denied, etc. */
public enum Modality {
    ASSERTED, REPORTED, ALLEGED, DENIED, PLANNED, HYPOTHETICAL, NEGATED;

    @JsonValue
    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    @JsonCreator
    public static Modality of(String code) {
        return Codes.parse(Modality.class, code);
    }
}
