package dev.newsgraph.model;

import java.util.List;

/**
 * One article's record: the cleaned article and every fact read from it, each with offsets
 * into {@link Article#text()}. Immutable; lists are never null. {@code warnings} (beyond the
 * contract's fields) says what the analysis could not do, e.g. for a text in another language.
 *
 * <p>{@code quotes} holds the words the article puts in quotation marks ({@link QuoteKind#DIRECT}
 * and {@link QuoteKind#PARTIAL}); {@code reportedSpeech} holds what someone is reported to have
 * said without quotation marks ({@link QuoteKind#INDIRECT}), in the same shape. A quotation is
 * the speaker's own words, which a reader may cite; reported speech is the writer's paraphrase,
 * which may not be cited as theirs. The constructor keeps the two apart whatever it is given:
 * an indirect quote passed in {@code quotes} moves to {@code reportedSpeech}, and the reverse.
 */
public record StoryRecord(
        String format,
        Article article,
        List<Entity> entities,
        List<Quote> quotes,
        List<Quote> reportedSpeech,
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
        List<Quote> quoted = new java.util.ArrayList<>();
        List<Quote> reported = new java.util.ArrayList<>();
        for (List<Quote> list : java.util.Arrays.asList(quotes, reportedSpeech)) {
            if (list != null) {
                for (Quote q : list) {
                    (q.kind() == QuoteKind.INDIRECT ? reported : quoted).add(q);
                }
            }
        }
        quotes = List.copyOf(quoted);
        reportedSpeech = List.copyOf(reported);
        events = Lists.copy(events);
        times = Lists.copy(times);
        quantities = Lists.copy(quantities);
        warnings = Lists.copy(warnings);
    }

    /**
     * A record with no warnings; {@code quotes} may mix quotations and reported speech, which the
     * record sorts apart by their kind.
     */
    public StoryRecord(String format, Article article, List<Entity> entities, List<Quote> quotes, List<Event> events,
                       List<TimeExpression> times, List<Quantity> quantities, Provenance provenance) {
        this(format, article, entities, quotes, List.of(), events, times, quantities, provenance, List.of());
    }

    /** This record with a warning added: what the analysis could not do, in a line a person reads. */
    public StoryRecord withWarning(String warning) {
        List<String> w = new java.util.ArrayList<>(warnings);
        w.add(warning);
        return new StoryRecord(format, article, entities, quotes, reportedSpeech, events, times, quantities, provenance,
                w);
    }

    /** This record with another article (the same facts), e.g. the text put back or left out. */
    public StoryRecord withArticle(Article other) {
        return new StoryRecord(format, other, entities, quotes, reportedSpeech, events, times, quantities, provenance,
                warnings);
    }

    /** This record with other events (the same article and other facts). */
    public StoryRecord withEvents(List<Event> other) {
        return new StoryRecord(format, article, entities, quotes, reportedSpeech, other, times, quantities, provenance,
                warnings);
    }

    /** Everything the article says someone said: the quotations, then the reported speech. */
    public List<Quote> speech() {
        List<Quote> all = new java.util.ArrayList<>(quotes);
        all.addAll(reportedSpeech);
        return List.copyOf(all);
    }

    /** A record holding the article alone, with no facts read from it yet. */
    public static StoryRecord of(Article article, Provenance provenance) {
        return new StoryRecord(FORMAT, article, List.of(), List.of(), List.of(), List.of(), List.of(), provenance);
    }
}
