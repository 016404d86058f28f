package dev.newsgraph.model;

import java.util.List;

/**
 * One article's record: the cleaned article and every fact read from it, each with offsets
 * into {@link Article#text()}. Immutable; lists are never null. {@code warnings} (beyond the
 * contract's fields) says what the analysis could not do, e.g. for a text in another language.
 */
public record StoryRecord(
        String format,
        Article article,
        List<Entity> entities,
        List<Quote> quotes,
        List<Event> events,
        List<TimeExpression> times,
        List<Quantity> quantities,
        Provenance provenance,
        List<String> warnings) {

    /** The value of {@link #format()} for every record of this version of the contract. */
    public static final String FORMAT = "newsgraph/1";

    public StoryRecord {
        format = format == null ? FORMAT : format;
        entities = Lists.copy(entities);
        quotes = Lists.copy(quotes);
        events = Lists.copy(events);
        times = Lists.copy(times);
        quantities = Lists.copy(quantities);
        warnings = Lists.copy(warnings);
    }

    /** A record with no warnings. */
    public StoryRecord(String format, Article article, List<Entity> entities, List<Quote> quotes, List<Event> events,
                       List<TimeExpression> times, List<Quantity> quantities, Provenance provenance) {
        this(format, article, entities, quotes, events, times, quantities, provenance, List.of());
    }

    /** This record with a warning added: what the analysis could not do, in a line a person reads. */
    public StoryRecord withWarning(String warning) {
        List<String> w = new java.util.ArrayList<>(warnings);
        w.add(warning);
        return new StoryRecord(format, article, entities, quotes, events, times, quantities, provenance, w);
    }

    /** A record holding the article alone, with no facts read from it yet. */
    public static StoryRecord of(Article article, Provenance provenance) {
        return new StoryRecord(FORMAT, article, List.of(), List.of(), List.of(), List.of(), List.of(), provenance);
    }
}
