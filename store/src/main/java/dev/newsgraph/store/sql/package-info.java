/**
 * The store in SQL: one schema, one writer, one set of queries, shared by the embedded SQLite
 * store and the PostgreSQL store; what differs between them is a {@link dev.newsgraph.store.sql.Dialect}.
 */
package dev.newsgraph.store.sql;
