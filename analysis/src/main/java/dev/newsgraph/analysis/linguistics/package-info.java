/**
 * The one seam to Stanford CoreNLP: sentences, tokens, part-of-speech tags, lemmas, named-entity
 * tags and dependency parses come out as the document package's own records
 * ({@link dev.newsgraph.analysis.document.Sentence}, {@link dev.newsgraph.analysis.document.Token},
 * {@link dev.newsgraph.analysis.document.Dependency}), and the data files of CoreNLP's models jar
 * that other stages use come out as plain Java collections ({@link dev.newsgraph.analysis.linguistics.CoreNlpData}).
 * No CoreNLP type leaves this package, and nothing outside it names CoreNLP's classes or resources.
 */
package dev.newsgraph.analysis.linguistics;
