package dev.newsgraph.analysis.event;

import dev.newsgraph.analysis.document.Document;
import dev.newsgraph.analysis.entity.EntityResolver;
import dev.newsgraph.analysis.linguistics.CoreNlpParser;
import dev.newsgraph.analysis.linguistics.LinguisticStage;
import dev.newsgraph.analysis.place.PlaceResolver;
import dev.newsgraph.model.Article;
import dev.newsgraph.model.Entity;
import dev.newsgraph.model.Event;
import dev.newsgraph.model.Quantity;
import dev.newsgraph.model.QuantityKind;
import dev.newsgraph.model.TimeExpression;
import dev.newsgraph.model.TimeType;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Test fixture: runs the real parser and entity resolver over a short text, lays the times and
 * quantities the test names (so the event coder is tested against the layers' contracts, not
 * against the stages that make them), then the event coder.
 */
final class Stories {
    static final CoreNlpParser PARSER = new CoreNlpParser(CoreNlpParser.Settings.defaults());
    static final LinguisticStage LINGUISTICS = new LinguisticStage(PARSER);
    static final EntityResolver ENTITIES = EntityResolver.create();
    static final PlaceResolver PLACES = PlaceResolver.create();
    static final EventCoder CODER = EventCoder.create();

    private final String text;
    private final List<TimeExpression> times = new ArrayList<>();
    private final List<Quantity> quantities = new ArrayList<>();
    private Document doc;

    private Stories(String text) {
        this.text = text;
    }

    static Stories of(String text) {
        return new Stories(text);
    }

    /** A time expression at the first place {@code words} occur. */
    Stories time(String words, String value) {
        int at = at(words);
        times.add(new TimeExpression(words, TimeType.DATE, value, at, at + words.length()));
        return this;
    }

    Stories count(String words, double value) {
        int at = at(words);
        quantities.add(new Quantity(words, QuantityKind.COUNT, value, "people", at, at + words.length()));
        return this;
    }

    Stories money(String words, double value, String currency) {
        int at = at(words);
        quantities.add(new Quantity(words, QuantityKind.MONEY, value, currency, at, at + words.length()));
        return this;
    }

    private int at(String words) {
        int at = text.indexOf(words);
        if (at < 0) {
            throw new IllegalArgumentException("'" + words + "' is not in the text");
        }
        return at;
    }

    List<Event> events() {
        return code(CODER);
    }

    List<Event> code(EventCoder coder) {
        doc = new Document(new Article("t", null, null, null, "2024-03-15", "en", text, List.of()), LocalDate.of(2024, 3, 15));
        LINGUISTICS.apply(doc);
        doc.setTimes(times);
        doc.setQuantities(quantities);
        ENTITIES.apply(doc);
        PLACES.apply(doc);
        doc.setQuotes(List.of());
        coder.apply(doc);
        return doc.events();
    }

    /** The names of the entities behind ids. */
    List<String> names(List<String> ids) {
        return ids.stream().map(id -> doc.entity(id)).map(Entity::name).toList();
    }

    Entity entity(String id) {
        return doc.entity(id);
    }

    /** The entities of the story last coded. */
    List<Entity> entities() {
        return doc.entities();
    }

    String text() {
        return text;
    }
}
