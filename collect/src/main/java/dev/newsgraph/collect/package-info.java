/**
 * Following live news: feeds, news sitemaps and pages fetched over HTTP each round, every new
 * item read, analysed and stored once, with the state of each source and item kept in the store.
 */
package dev.newsgraph.collect;
