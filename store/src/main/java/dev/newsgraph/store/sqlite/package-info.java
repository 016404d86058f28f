/**
 * The embedded store: one SQLite file in WAL mode (atomic commits that survive kill -9, readers
 * in other processes while one process writes) with an FTS5 index for full-text search.
 * {@link dev.newsgraph.store.sqlite.SqliteStoreProvider} offers it to {@code Store.open} for any path.
 */
package dev.newsgraph.store.sqlite;
