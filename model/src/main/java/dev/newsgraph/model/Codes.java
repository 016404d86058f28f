package dev.newsgraph.model;

import java.util.Locale;

/** Reads an enum from its code in the record, whatever its case. */
final class Codes {
    private Codes() {
    }

    static <E extends Enum<E>> E parse(Class<E> type, String code) {
        if (code == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, code.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown " + type.getSimpleName() + ": " + code, e);
        }
    }
}
