/**
 * The shared view of one article while it is analysed: the text, its anchor date, and one typed
 * layer per stage. A layer is set once, by its stage, and read by the stages after it. The
 * sentences layer is made of this package's own records ({@link dev.newsgraph.analysis.document.Sentence},
 * {@link dev.newsgraph.analysis.document.Token}, {@link dev.newsgraph.analysis.document.Dependency}),
 * which the linguistics stage fills from CoreNLP; nothing here knows CoreNLP.
 */
package dev.newsgraph.analysis.document;
