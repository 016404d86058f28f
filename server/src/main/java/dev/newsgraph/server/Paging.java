package dev.newsgraph.server;

import java.util.List;

/**
 * A page asked for: {@code limit} rows from {@code offset}. Queries fetch one row more than the
 * page holds, which tells whether a next page exists without counting every match.
 */
record Paging(int offset, int limit) {
    /** Rows to fetch from the start for this page and the one row that tells of a next page. */
    int rows() {
        return offset + limit + 1;
    }

    /** The page of rows fetched from the start (up to {@link #rows()} of them). */
    <T> Slice<T> of(List<T> fromStart) {
        List<T> tail = offset >= fromStart.size() ? List.of() : fromStart.subList(offset, fromStart.size());
        return from(tail);
    }

    /** The page of rows fetched from {@code offset} (up to {@code limit + 1} of them). */
    <T> Slice<T> from(List<T> fromOffset) {
        boolean more = fromOffset.size() > limit;
        return new Slice<>(List.copyOf(more ? fromOffset.subList(0, limit) : fromOffset), offset, limit, more);
    }

    /**
     * One page of rows.
     *
     * @param items  the rows of the page
     * @param offset where it starts
     * @param limit  rows a page holds
     * @param more   whether rows follow it
     */
    record Slice<T>(List<T> items, int offset, int limit, boolean more) {
    }
}
