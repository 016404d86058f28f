package dev.newsgraph.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** Why a piece of input was cut from the story text. */
public enum RemovalReason {
    TEASER, BOILERPLATE, COMMENTS, NAVIGATION, CAPTION, ADVERT, OTHER;

    @JsonValue
    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    @JsonCreator
    public static RemovalReason of(String code) {
        return Codes.parse(RemovalReason.class, code);
    }
}
