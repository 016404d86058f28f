/**
 * The embedded store: one SQLite file in WAL mode (atomic commits that survive kill -9, readers
 * in other processes while one process writes) with an FTS5 index for full-text search.
 */
package dev.newsgraph.store.sqlite;
