package dev.newsgraph.analysis.entity;

/** How a mention refers: by name, by description ("the Russian leader"), or by pronoun. */
enum MentionKind {
    NAME, DESCRIPTION, PRONOUN
}
