package dev.newsgraph.model;

/**
 * An amount: "€21bn" is money, 21000000000, {@code EUR}; "19 people" a count of people.
 *
 * @param unit ISO 4217 code for money, else a word ({@code people}, {@code years}, {@code %})
 */
public record Quantity(String text, QuantityKind kind, double value, String unit, int start, int end) {
}
