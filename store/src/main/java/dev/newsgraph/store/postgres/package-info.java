/**
 * The PostgreSQL store for teams ({@code --db postgresql://...}): the same schema and queries as
 * the embedded store, migrations versioned by Flyway, full-text search on a tsvector column.
 */
package dev.newsgraph.store.postgres;
