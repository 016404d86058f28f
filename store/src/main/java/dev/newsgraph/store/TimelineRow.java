package dev.newsgraph.store;

/** How many events of one type happened on one day, and how many reports they have together. */
public record TimelineRow(String day, String type, long events, long reports) {
}
