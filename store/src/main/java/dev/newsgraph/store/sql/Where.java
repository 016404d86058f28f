package dev.newsgraph.store.sql;

import java.util.ArrayList;
import java.util.List;

/** A WHERE clause built from optional conditions, with its parameters in order. Not thread-safe. */
final class Where {
    private final List<String> conditions = new ArrayList<>();
    private final List<Object> params = new ArrayList<>();

    /** Adds a condition; {@code ?} marks in it take {@code values} in order. */
    Where and(String condition, Object... values) {
        conditions.add(condition);
        params.addAll(List.of(values));
        return this;
    }

    /** Adds {@code column >= from} and {@code column <= to}, each where given (inclusive ISO days). */
    Where days(String column, String from, String to) {
        if (from != null) {
            and(column + " >= ?", from);
        }
        if (to != null) {
            and(column + " <= ?", to);
        }
        return this;
    }

    /**
     * Adds that {@code column} contains {@code words} (case-insensitive {@code likeOperator}, such as
     * LIKE or ILIKE). The words are the user's: their {@code %} and {@code _} are matched as
     * themselves, not as wildcards, so that {@code _} finds an underscore rather than everything.
     */
    Where contains(String column, String likeOperator, String words) {
        return and(column + " " + likeOperator + " ? ESCAPE '" + LIKE_ESCAPE + "'", "%" + likePattern(words) + "%");
    }

    /** The escape character of the LIKE patterns built from user text. */
    static final char LIKE_ESCAPE = '\\';

    /** Text matched as itself in a LIKE pattern: the wildcards {@code %}, {@code _} and the escape character escaped. */
    static String likePattern(String text) {
        StringBuilder b = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '%' || c == '_' || c == LIKE_ESCAPE) {
                b.append(LIKE_ESCAPE);
            }
            b.append(c);
        }
        return b.toString();
    }

    /** Adds {@code column IN (?, ?, ...)}; an empty list matches nothing. */
    Where in(String column, List<Long> values) {
        if (values.isEmpty()) {
            conditions.add("1 = 0");
            return this;
        }
        conditions.add(column + " IN (" + "?,".repeat(values.size() - 1) + "?)");
        params.addAll(values);
        return this;
    }

    String sql() {
        return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
    }

    /** The parameters, then {@code more}. */
    Object[] params(Object... more) {
        List<Object> all = new ArrayList<>(params);
        all.addAll(List.of(more));
        return all.toArray();
    }
}
