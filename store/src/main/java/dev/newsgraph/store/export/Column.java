package dev.newsgraph.store.export;

/** A column of an exported table: its name and its type in SQL ({@code VARCHAR}, {@code BIGINT}, {@code DOUBLE}). */
public record Column(String name, String type) {
    static Column text(String name) {
        return new Column(name, "VARCHAR");
    }

    static Column whole(String name) {
        return new Column(name, "BIGINT");
    }

    static Column real(String name) {
        return new Column(name, "DOUBLE");
    }
}
