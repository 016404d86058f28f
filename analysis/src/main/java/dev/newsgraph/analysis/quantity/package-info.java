/** Amounts: money with its ISO 4217 currency, counts of people, ages, percentages. */
package dev.newsgraph.analysis.quantity;
