package dev.newsgraph.store;

/** A piece of a search snippet: {@code marked} where the searched words matched. */
public record SnippetPart(String text, boolean marked) {
}
