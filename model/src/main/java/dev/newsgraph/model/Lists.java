package dev.newsgraph.model;

import java.util.List;

/** Null-safe immutable copies for the records' list components. */
final class Lists {
    private Lists() {
    }

    static <T> List<T> copy(List<T> list) {
        return list == null ? List.of() : List.copyOf(list);
    }
}
