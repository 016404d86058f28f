package dev.newsgraph.model;

/** An amount attached to an event: {@code killed}, {@code injured}, {@code arrested}, {@code money}, ... */
public record EventQuantity(String kind, double value, String unit, String text) {
}
