package dev.newsgraph.analysis.document;

/**
 * A Universal Dependencies arc between two tokens of one sentence.
 *
 * @param governor  token index of the head, or -1 for the root
 * @param dependent token index of the dependent
 * @param relation  UD relation, with subtype where present ({@code nsubj}, {@code obl:on}, {@code nsubj:pass})
 */
public record Dependency(int governor, int dependent, String relation) {
}
