package dev.newsgraph.model;

/** A piece of the input that is not part of the story, and why it was cut. */
public record Removal(String text, RemovalReason reason) {
}
