/**
 * {@code newsgraph serve}: a read-only REST API (with its OpenAPI document) and a server-rendered
 * web UI over the store, where every fact sits one click from the sentence it was read from. Both
 * ask one query service ({@link dev.newsgraph.server.StoreQueries}); the API writes its answers
 * as JSON, the pages render them through jte templates compiled into this package at build time
 * (kept in one package so that templates see its package-private view records).
 */
package dev.newsgraph.server;
