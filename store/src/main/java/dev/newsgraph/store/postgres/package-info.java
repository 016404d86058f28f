/**
 * The PostgreSQL store for teams ({@code --db postgresql://...}): the same schema and queries as
 * the embedded store, migrations versioned by Flyway, full-text search on a tsvector column.
 * {@link dev.newsgraph.store.postgres.PostgresStoreProvider} offers it to {@code Store.open} for
 * {@code postgresql://} URLs.
 */
package dev.newsgraph.store.postgres;
