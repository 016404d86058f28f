/**
 * The store for other tools: JSON Lines of records, CSV tables, Parquet (written by DuckDB) and a
 * GDELT 2.0 style event table with PLOVER codes.
 */
package dev.newsgraph.store.export;
