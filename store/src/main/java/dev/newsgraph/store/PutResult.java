package dev.newsgraph.store;

/** What {@link Store#put} did with a record. */
public enum PutResult {
    /** The record and its facts were committed. */
    STORED,
    /** An article with the same id was already stored; nothing changed. */
    DUPLICATE
}
