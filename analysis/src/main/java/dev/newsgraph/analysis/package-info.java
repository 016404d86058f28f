/**
 * Article to story record. {@link dev.newsgraph.analysis.Analyzer} runs a list of small stages
 * over a shared {@link dev.newsgraph.analysis.document.Document}; each stage adds one layer.
 */
package dev.newsgraph.analysis;
