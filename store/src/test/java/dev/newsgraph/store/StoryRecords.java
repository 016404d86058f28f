package dev.newsgraph.store;

import dev.newsgraph.model.Article;
import dev.newsgraph.model.Entity;
import dev.newsgraph.model.EntityType;
import dev.newsgraph.model.Event;
import dev.newsgraph.model.EventDate;
import dev.newsgraph.model.EventQuantity;
import dev.newsgraph.model.EventType;
import dev.newsgraph.model.Geo;
import dev.newsgraph.model.Modality;
import dev.newsgraph.model.Precision;
import dev.newsgraph.model.Provenance;
import dev.newsgraph.model.Quote;
import dev.newsgraph.model.RecordSchemaCheck;
import dev.newsgraph.model.QuoteKind;
import dev.newsgraph.model.Span;
import dev.newsgraph.model.StoryRecord;
import dev.newsgraph.model.TimeExpression;
import dev.newsgraph.model.TimeType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Builds full story records in code, as the analysis writes them: entities with mentions found
 * in the text, quotes, events with evidence sentences and dates. For store tests.
 */
public final class StoryRecords {
    private final String id;
    private final String title;
    private final String text;
    private final String published;
    private String url;
    private String source;
    private final List<Entity> entities = new ArrayList<>();
    private final List<Quote> quotes = new ArrayList<>();
    private final List<Event> events = new ArrayList<>();
    private final List<TimeExpression> times = new ArrayList<>();

    private StoryRecords(String id, String title, String text, String published) {
        this.id = id;
        this.title = title;
        this.text = text;
        this.published = published;
    }

    public static StoryRecords article(String id, String title, String published, String text) {
        return new StoryRecords(id, title, text, published);
    }

    public StoryRecords from(String outlet, String link) {
        this.source = outlet;
        this.url = link;
        return this;
    }

    /** An entity, its mentions every place {@code name} and each alias occur in the text. */
    public StoryRecords entity(String localId, String name, EntityType type, String country, String sector,
                               String... aliases) {
        List<Span> mentions = new ArrayList<>();
        List<String> forms = new ArrayList<>(List.of(aliases));
        forms.add(0, name);
        for (String f : forms) {
            for (int i = text.indexOf(f); i >= 0; i = text.indexOf(f, i + f.length())) {
                mentions.add(new Span(i, i + f.length(), f));
            }
        }
        entities.add(new Entity(localId, name, type, type == EntityType.LOCATION ? "CITY" : null, List.of(aliases),
                List.of(), null, country, sector, null, mentions));
        return this;
    }

    /** Gives the entity {@code localId}, added before, the place {@code geo} (as the place resolver would). */
    public StoryRecords geo(String localId, Geo geo) {
        for (int i = 0; i < entities.size(); i++) {
            Entity e = entities.get(i);
            if (e.id().equals(localId)) {
                entities.set(i, new Entity(e.id(), e.name(), e.type(), e.subtype(), e.aliases(), e.roles(), e.age(),
                        e.country(), e.sector(), e.kb(), e.mentions(), geo));
                return this;
            }
        }
        throw new IllegalArgumentException("no entity " + localId);
    }

    /** Gives the last entity added the knowledge-base id the analysis links it to ("phoenix:VLADIMIR_PUTIN"). */
    public StoryRecords kb(String kb) {
        Entity e = entities.remove(entities.size() - 1);
        entities.add(new Entity(e.id(), e.name(), e.type(), e.subtype(), e.aliases(), e.roles(), e.age(), e.country(),
                e.sector(), kb, e.mentions()));
        return this;
    }

    public StoryRecords quote(String localId, String speaker, String words, String cue) {
        int at = text.indexOf(words);
        if (at < 0) {
            throw new IllegalArgumentException("quote not in text: " + words);
        }
        quotes.add(new Quote(localId, words, speaker, QuoteKind.DIRECT, cue, null, at, at + words.length()));
        return this;
    }

    /** An event read from the sentence holding {@code evidence}, dated {@code date} (a TIMEX3 value). */
    public StoryRecords event(String localId, EventType type, String mode, List<String> source, List<String> target,
                              String location, String date, String evidence, EventQuantity... quantities) {
        int at = text.indexOf(evidence);
        if (at < 0) {
            throw new IllegalArgumentException("evidence not in text: " + evidence);
        }
        EventDate d = date == null ? null : new EventDate(date, date, Precision.ofValue(date));
        if (date != null) {
            times.add(new TimeExpression(date, TimeType.DATE, date, at, at + 1));
        }
        events.add(new Event(localId, type, mode, List.of(), source, target, location, d, List.of(quantities),
                Modality.ASSERTED, null, new Span(at, at + evidence.length(), evidence), 0.8));
        return this;
    }

    public StoryRecord build() {
        Article a = new Article(id, url, source, title, published, "en", text, List.of());
        StoryRecord r = new StoryRecord(StoryRecord.FORMAT, a, entities, quotes, events, times, List.of(),
                new Provenance("test", List.of("test"), Map.of()));
        // every record is checked against the newsgraph/1 schema, but the one made bad on purpose (no id)
        return id == null ? r : RecordSchemaCheck.assertValid(r);
    }
}
