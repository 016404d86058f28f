/**
 * Linking facts across articles: normalised actor names, MinHash signatures of texts for
 * near-duplicate grouping, and the day an event's date stands for. Pure functions, no storage.
 */
package dev.newsgraph.store.linking;
