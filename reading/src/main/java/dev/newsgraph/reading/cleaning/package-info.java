/**
 * Cleaning: keeps the story alone. Teasers of other stories, site and blog footers, navigation
 * and boilerplate bylines are cut from the text by signals (position, sentence shape, topical
 * overlap with the story) and kept as {@link dev.newsgraph.model.Removal}s with their reason.
 */
package dev.newsgraph.reading.cleaning;
