/**
 * {@code newsgraph serve}: a read-only REST API (with its OpenAPI document) and a server-rendered
 * web UI over the store, where every fact sits one click from the sentence it was read from.
 */
package dev.newsgraph.server;
