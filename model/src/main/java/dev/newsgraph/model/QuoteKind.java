package dev.newsgraph.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** Whether a quotation is a whole quoted sentence, a quoted fragment, or reported speech. */
public enum QuoteKind {
    DIRECT, PARTIAL, INDIRECT;

    @JsonValue
    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    @JsonCreator
    public static QuoteKind of(String code) {
        return Codes.parse(QuoteKind.class, code);
    }
}
