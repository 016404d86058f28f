package dev.newsgraph.analysis;

import dev.newsgraph.analysis.document.Document;
import dev.newsgraph.model.Entity;
import dev.newsgraph.model.Event;
import dev.newsgraph.model.Provenance;
import dev.newsgraph.model.Quantity;
import dev.newsgraph.model.Quote;
import dev.newsgraph.model.Span;
import dev.newsgraph.model.StoryRecord;
import dev.newsgraph.model.TimeExpression;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds the record from a document's layers, turning every char offset into the contract's
 * code-point offsets. Layers a pipeline did not build come out as empty lists.
 */
final class RecordAssembler {
    private RecordAssembler() {
    }

    static StoryRecord assemble(Document doc, Provenance provenance) {
        String text = doc.text();
        Offsets o = new Offsets(text);
        List<Entity> entities = new ArrayList<>();
        if (doc.has("entities")) {
            java.util.Map<String, dev.newsgraph.model.Geo> places = doc.has("places") ? doc.places() : java.util.Map.of();
            java.util.Map<String, List<Span>> spoken =
                    doc.has("speaker-mentions") ? doc.speakerMentions() : java.util.Map.of();
            List<Entity> all = new ArrayList<>(doc.entities());
            if (doc.has("described-speakers")) {
                all.addAll(doc.describedSpeakers());
            }
            for (Entity e : all) {
                List<Span> ms = new ArrayList<>();
                List<Span> spans = new ArrayList<>(e.mentions());
                if (spoken.containsKey(e.id())) {
                    spans.addAll(spoken.get(e.id()));
                    spans.sort(java.util.Comparator.comparingInt(Span::start));
                }
                for (Span m : spans) {
                    ms.add(o.span(m));
                }
                entities.add(new Entity(e.id(), e.name(), e.type(), e.subtype(), e.aliases(), e.roles(), e.age(),
                        e.country(), e.sector(), e.kb(), ms, places.getOrDefault(e.id(), e.geo())));
            }
        }
        List<Quote> quotes = new ArrayList<>();
        if (doc.has("quotes")) {
            for (Quote q : doc.quotes()) {
                quotes.add(new Quote(q.id(), q.text(), q.speaker(), q.kind(), q.cue(), q.channel(),
                        o.cp(q.start()), o.cp(q.end())));
            }
        }
        List<Event> events = new ArrayList<>();
        if (doc.has("events")) {
            for (Event v : doc.events()) {
                events.add(new Event(v.id(), v.type(), v.mode(), v.context(), v.source(), v.target(), v.location(),
                        v.date(), v.quantities(), v.modality(), v.attributedTo(),
                        v.evidence() == null ? null : o.span(v.evidence()), v.confidence()));
            }
        }
        List<TimeExpression> times = new ArrayList<>();
        if (doc.has("times")) {
            for (TimeExpression t : doc.times()) {
                times.add(new TimeExpression(t.text(), t.type(), t.value(), o.cp(t.start()), o.cp(t.end())));
            }
        }
        List<Quantity> quantities = new ArrayList<>();
        if (doc.has("quantities")) {
            for (Quantity q : doc.quantities()) {
                quantities.add(new Quantity(q.text(), q.kind(), q.value(), q.unit(), o.cp(q.start()), o.cp(q.end())));
            }
        }
        return new StoryRecord(StoryRecord.FORMAT, doc.article(), entities, quotes, events, times, quantities,
                provenance);
    }

    /** Char (UTF-16) offsets to code-point offsets, in O(1) for texts without surrogates. */
    static final class Offsets {
        private final String text;
        private final boolean bmpOnly;

        Offsets(String text) {
            this.text = text;
            this.bmpOnly = text.codePointCount(0, text.length()) == text.length();
        }

        int cp(int charOffset) {
            return bmpOnly ? charOffset : text.codePointCount(0, Math.min(charOffset, text.length()));
        }

        Span span(Span s) {
            return new Span(cp(s.start()), cp(s.end()), s.text());
        }
    }
}
