/**
 * The corpus: story records in, questions out. {@link dev.newsgraph.store.Store} is the one
 * interface; {@link dev.newsgraph.store.Store#open} opens the kind of store a location names
 * (the embedded SQLite store for a path, PostgreSQL for a URL) through the
 * {@link dev.newsgraph.store.StoreProvider}s listed for {@link java.util.ServiceLoader}. This package
 * depends on none of its subpackages; they depend on it.
 */
package dev.newsgraph.store;
