package dev.newsgraph.model;

/**
 * What someone is reported to have said or written.
 *
 * @param text    the quoted words without the quotation marks
 * @param speaker id of the speaking entity; null only where the article does not say
 * @param cue     the verb or phrase that attributes it ("said", "wrote on X")
 * @param channel where it was said, if given
 * @param start   code-point offset of {@code text} in the article text
 */
public record Quote(
        String id,
        String text,
        String speaker,
        QuoteKind kind,
        String cue,
        String channel,
        int start,
        int end) {
}
