/**
 * The shared view of one article while it is analysed: the text, its anchor date, and one typed
 * layer per stage. A layer is set once, by its stage, and read by the stages after it.
 */
package dev.newsgraph.analysis.document;
