/**
 * Amounts: money with its ISO 4217 currency, counts of people, ages and percentages
 * ({@link dev.newsgraph.analysis.quantity.QuantityReader}); written numbers
 * ({@link dev.newsgraph.analysis.quantity.NumberReader}). Tables: {@code currencies.txt}, {@code people.txt}.
 *
 * <p>For later stages (events): every count of people is a {@code COUNT} quantity with unit
 * {@code people} and char offsets into the document text, so "killed 19 people" gives a quantity
 * right after the verb, and "arrested 12" or "30 were killed" a quantity on the bare number. Find
 * the {@code COUNT} quantity that starts after the verb within a few words (or ends just before a
 * passive "were killed") with {@code doc.quantities()}. Vague counts take the smallest value their
 * words allow beyond the singular: "hundreds" 200, "thousands" 2000, "dozens" 24, "several hundred" 300.
 */
package dev.newsgraph.analysis.quantity;
