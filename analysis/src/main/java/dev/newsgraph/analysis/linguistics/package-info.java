/**
 * The one seam to Stanford CoreNLP: sentences, tokens, part-of-speech tags, lemmas, named-entity
 * tags and dependency parses come out as this package's own records; no CoreNLP type leaves it.
 */
package dev.newsgraph.analysis.linguistics;
