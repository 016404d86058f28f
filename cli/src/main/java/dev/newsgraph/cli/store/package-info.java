/** The store's verbs: ingest, query, search and export. */
package dev.newsgraph.cli.store;
