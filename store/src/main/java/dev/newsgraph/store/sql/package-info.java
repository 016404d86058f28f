/**
 * The store in SQL: one schema, one writer, one set of queries, shared by the embedded SQLite
 * store and the PostgreSQL store; what differs between them is a {@link dev.newsgraph.store.sql.Dialect}.
 *
 * <p>{@link dev.newsgraph.store.sql.SqlStore} runs each read in one transaction and hands it to the
 * queries of its subject: {@code ActorQueries} (actors across articles), {@code EventQueries},
 * {@code TimelineQueries} and {@code NetworkQueries} (merged events, counted or as edges, over the
 * filters of {@code EventFilters}), {@code QuoteQueries}, {@code ArticleQueries} (metadata and
 * whole records) and {@code ArticleSearch} (full text). They share one connection's prepared
 * {@code Statements}, conditions built as a {@code Where}, and {@code ActorLookup} (names to
 * actors, actors as rows show them, cached). The query classes hold nothing of their own but
 * what they share, so they are records of it. The write side is {@code RecordWriter} with
 * {@code ActorDirectory}, {@code StoryGrouper} and {@code ActorTallies}.
 */
package dev.newsgraph.store.sql;
