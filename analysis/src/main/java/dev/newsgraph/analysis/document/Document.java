package dev.newsgraph.analysis.document;

import dev.newsgraph.model.Article;
import dev.newsgraph.model.Entity;
import dev.newsgraph.model.Event;
import dev.newsgraph.model.Geo;
import dev.newsgraph.model.Quantity;
import dev.newsgraph.model.Quote;
import dev.newsgraph.model.Span;
import dev.newsgraph.model.TimeExpression;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One article under analysis. Offsets in every layer are char offsets (UTF-16 units) into
 * {@link #text()}; the record assembler turns them into code points at the end. Each layer is
 * set once by the stage that owns it; setting it twice is a programming error. Not thread-safe:
 * one document belongs to one thread.
 */
public final class Document {
    private final Article article;
    private final LocalDate anchor;
    private List<Sentence> sentences;
    private List<TimeExpression> times;
    private List<Quantity> quantities;
    private List<Entity> entities;
    private List<Quote> quotes;
    private List<Event> events;
    private Map<String, Geo> places;
    private Map<String, List<Span>> speakerMentions;
    private List<Entity> describedSpeakers;

    /**
     * @param anchor the date relative times resolve against (the publication date), or null
     */
    public Document(Article article, LocalDate anchor) {
        this.article = Objects.requireNonNull(article);
        this.anchor = anchor;
    }

    public Article article() {
        return article;
    }

    public String text() {
        return article.text();
    }

    /** The publication date, or null where unknown. */
    public LocalDate anchor() {
        return anchor;
    }

    public List<Sentence> sentences() {
        return get(sentences, "sentences");
    }

    public void setSentences(List<Sentence> value) {
        sentences = set(sentences, value, "sentences");
    }

    public List<TimeExpression> times() {
        return get(times, "times");
    }

    public void setTimes(List<TimeExpression> value) {
        times = set(times, value, "times");
    }

    public List<Quantity> quantities() {
        return get(quantities, "quantities");
    }

    public void setQuantities(List<Quantity> value) {
        quantities = set(quantities, value, "quantities");
    }

    /** Entities with mentions in char offsets. */
    public List<Entity> entities() {
        return get(entities, "entities");
    }

    public void setEntities(List<Entity> value) {
        entities = set(entities, value, "entities");
    }

    /** Where the place entities are: entity id to its point; an entity not in it is unresolved. */
    public Map<String, Geo> places() {
        if (places == null) {
            throw new IllegalStateException("the places layer is not set yet");
        }
        return places;
    }

    public void setPlaces(Map<String, Geo> value) {
        if (places != null) {
            throw new IllegalStateException("the places layer is already set");
        }
        places = Map.copyOf(value);
    }

    /**
     * Mentions the quote layer found for its speakers that the entity layer left unresolved ("she
     * said"): entity id to the spans, in char offsets; the record adds them to the entity's mentions.
     */
    public Map<String, List<Span>> speakerMentions() {
        if (speakerMentions == null) {
            throw new IllegalStateException("the speaker-mentions layer is not set yet");
        }
        return speakerMentions;
    }

    public void setSpeakerMentions(Map<String, List<Span>> value) {
        if (speakerMentions != null) {
            throw new IllegalStateException("the speaker-mentions layer is already set");
        }
        Map<String, List<Span>> copy = new java.util.LinkedHashMap<>();
        value.forEach((k, v) -> copy.put(k, List.copyOf(v)));
        speakerMentions = java.util.Collections.unmodifiableMap(copy);
    }

    /**
     * Speakers the quote layer made of the words a cue names them by, where no entity stands for them
     * ("the report said", "a friend commented"): entities of their own, each with that mention; the
     * record lists them after the entity layer's.
     */
    public List<Entity> describedSpeakers() {
        return get(describedSpeakers, "described-speakers");
    }

    public void setDescribedSpeakers(List<Entity> value) {
        describedSpeakers = set(describedSpeakers, value, "described-speakers");
    }

    public List<Quote> quotes() {
        return get(quotes, "quotes");
    }

    public void setQuotes(List<Quote> value) {
        quotes = set(quotes, value, "quotes");
    }

    public List<Event> events() {
        return get(events, "events");
    }

    public void setEvents(List<Event> value) {
        events = set(events, value, "events");
    }

    public boolean has(String layer) {
        return switch (layer) {
            case "sentences" -> sentences != null;
            case "times" -> times != null;
            case "quantities" -> quantities != null;
            case "entities" -> entities != null;
            case "quotes" -> quotes != null;
            case "events" -> events != null;
            case "places" -> places != null;
            case "speaker-mentions" -> speakerMentions != null;
            case "described-speakers" -> describedSpeakers != null;
            default -> false;
        };
    }

    /**
     * The entity one of whose mentions (its speaker mentions too) covers the char span [start, end), or
     * null. Prefers the tightest mention.
     */
    public Entity entityAt(int start, int end) {
        Entity best = null;
        int bestLen = Integer.MAX_VALUE;
        for (Entity e : entities()) {
            List<Span> spoken = speakerMentions == null ? List.of() : speakerMentions.getOrDefault(e.id(), List.of());
            for (List<Span> mentions : List.of(e.mentions(), spoken)) {
                for (Span m : mentions) {
                    if (m.start() <= start && end <= m.end() && m.end() - m.start() < bestLen) {
                        best = e;
                        bestLen = m.end() - m.start();
                    }
                }
            }
        }
        return best;
    }

    /** The entity a mention of which covers the token, or null. */
    public Entity entityAt(Token token) {
        return entityAt(token.start(), token.end());
    }

    /** The entity of that id: the entity layer's, or a speaker the quote layer described. */
    public Entity entity(String id) {
        for (Entity e : entities()) {
            if (e.id().equals(id)) {
                return e;
            }
        }
        for (Entity e : describedSpeakers == null ? List.<Entity>of() : describedSpeakers) {
            if (e.id().equals(id)) {
                return e;
            }
        }
        return null;
    }

    /** The sentence containing char offset {@code offset}, or null. */
    public Sentence sentenceAt(int offset) {
        return Sentence.at(sentences(), offset);
    }

    /** A span of the text, with its words. */
    public Span span(int start, int end) {
        return new Span(start, end, text().substring(start, end));
    }

    private static <T> List<T> get(List<T> layer, String name) {
        if (layer == null) {
            throw new IllegalStateException("the " + name + " layer is not built yet: a stage that needs it runs too early");
        }
        return layer;
    }

    private static <T> List<T> set(List<T> old, List<T> value, String name) {
        if (old != null) {
            throw new IllegalStateException("the " + name + " layer is already set");
        }
        return List.copyOf(value);
    }
}
