/**
 * The corpus: story records in, questions out. {@link dev.newsgraph.store.Store} is the one
 * interface; {@link dev.newsgraph.store.Store#open} picks the embedded (SQLite) implementation.
 */
package dev.newsgraph.store;
