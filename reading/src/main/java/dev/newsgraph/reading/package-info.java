/**
 * Bytes to articles: {@link dev.newsgraph.reading.InputReader} reads plain text, JSON Lines,
 * HTML pages, RSS/Atom feeds and WARC archives into {@link dev.newsgraph.model.Article}s, each
 * item a {@link dev.newsgraph.reading.ReadResult} that is either an article or a one-line reason.
 */
package dev.newsgraph.reading;
