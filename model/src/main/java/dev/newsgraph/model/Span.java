package dev.newsgraph.model;

/**
 * A stretch of {@link Article#text()}: offsets in Unicode code points, end exclusive, and the
 * text it covers. Used for entity mentions and event evidence.
 */
public record Span(int start, int end, String text) {
    public Span {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span " + start + ".." + end);
        }
    }
}
