package dev.newsgraph.server;

import dev.newsgraph.model.Entity;
import dev.newsgraph.model.Event;
import dev.newsgraph.model.Quote;
import dev.newsgraph.model.Span;
import dev.newsgraph.model.StoryRecord;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * An article's text with its evidence marked, as a tree of segments for the article template
 * ({@code articleText.jte}): event evidence ({@code mark.ev}), quotes ({@code q.quote}) and entity
 * mentions (links to the entity). Each mark carries its fact (shown on hover and on keyboard focus)
 * and an id that the fact lists link to. Marks nest; one that crosses another's end is cut there, so
 * that the tree holds the whole text, each character once. The text stays plain text here: the
 * template's engine escapes it, and only the marks become elements.
 */
final class ArticleMarkup {
    /** What a segment is: plain text, or a mark around further segments. */
    enum Kind { TEXT, EVENT, QUOTE, ENTITY }

    /**
     * A piece of the text ({@link Kind#TEXT}: {@code text}) or a mark around {@code inside}: for an
     * event or quote, {@code ref} is its local id; for an entity, the path of its page and
     * {@code type} its entity type in lower case. {@code fact} is the coded fact in words.
     */
    record Segment(Kind kind, String text, String ref, String type, String fact, List<Segment> inside) {
        static Segment text(String text) {
            return new Segment(Kind.TEXT, text, null, null, null, List.of());
        }
    }

    private record Mark(int start, int end, int rank, Kind kind, String ref, String type, String fact) {
    }

    private ArticleMarkup() {
    }

    /** The names of a record's entities by local id. */
    static Map<String, Entity> entities(StoryRecord r) {
        Map<String, Entity> m = new HashMap<>();
        r.entities().forEach(e -> m.put(e.id(), e));
        return m;
    }

    /** A link to an entity's page, by name and type (the page resolves the actor across articles). */
    static String entityPath(Entity e) {
        return "/entities/by-name?name=" + Markup.url(e.name()) + "&type=" + Markup.url(e.type().name());
    }

    /** The coded fact of an event in words: "ASSAULT: Russia → Ukraine (2025-04-05, in Kharkiv)". */
    static String eventFact(Event ev, Map<String, Entity> entities) {
        StringBuilder b = new StringBuilder(ev.type().name());
        if (ev.mode() != null) {
            b.append(" / ").append(ev.mode());
        }
        b.append(": ").append(names(ev.source(), entities)).append(" \u2192 ").append(names(ev.target(), entities));
        if (ev.date() != null && ev.date().value() != null) {
            b.append(", ").append(ev.date().value());
        }
        if (ev.location() != null && entities.containsKey(ev.location())) {
            b.append(", in ").append(entities.get(ev.location()).name());
        }
        if (ev.modality() != null) {
            b.append(" [").append(ev.modality().name().toLowerCase(java.util.Locale.ROOT)).append(']');
        }
        return b.toString();
    }

    static String names(List<String> ids, Map<String, Entity> entities) {
        if (ids.isEmpty()) {
            return "?";
        }
        return ids.stream().map(id -> entities.containsKey(id) ? entities.get(id).name() : id)
                .collect(Collectors.joining(", "));
    }

    static String quoteFact(Quote q, Map<String, Entity> entities) {
        String who = q.speaker() != null && entities.containsKey(q.speaker()) ? entities.get(q.speaker()).name() : "unknown speaker";
        return "Quote (" + q.kind().code() + ") by " + who + (q.cue() != null ? ", cue \u201c" + q.cue() + "\u201d" : "");
    }

    /** The text with every fact's evidence marked, as segments from its start to its end. */
    static List<Segment> segments(StoryRecord r) {
        String text = r.article().text() == null ? "" : r.article().text();
        Map<String, Entity> entities = entities(r);
        List<Mark> marks = new ArrayList<>();
        for (Event ev : r.events()) {
            Span s = ev.evidence();
            if (s != null && valid(s.start(), s.end(), text)) {
                marks.add(new Mark(s.start(), s.end(), 0, Kind.EVENT, ev.id(), null, "Event " + eventFact(ev, entities)));
            }
        }
        for (Quote q : r.speech()) {
            if (valid(q.start(), q.end(), text)) {
                marks.add(new Mark(q.start(), q.end(), 1, Kind.QUOTE, q.id(), null, quoteFact(q, entities)));
            }
        }
        for (Entity e : r.entities()) {
            String fact = e.type().name() + ": " + e.name() + (e.country() != null ? " (" + e.country() + ")" : "")
                    + (e.roles().isEmpty() ? "" : ", " + String.join(", ", e.roles()));
            for (Span m : e.mentions()) {
                if (valid(m.start(), m.end(), text)) {
                    marks.add(new Mark(m.start(), m.end(), 2, Kind.ENTITY, entityPath(e),
                            e.type().name().toLowerCase(java.util.Locale.ROOT), fact));
                }
            }
        }
        marks.sort(Comparator.comparingInt(Mark::start).thenComparing(Comparator.comparingInt(Mark::end).reversed())
                .thenComparingInt(Mark::rank));
        Builder b = new Builder(text);
        for (Mark m : marks) {
            b.closeUpTo(m.start());
            int parentEnd = b.ends.isEmpty() ? Integer.MAX_VALUE : b.ends.get(b.ends.size() - 1);
            // a link holds no further marks (no link inside a link); a mark starting past its parent's end waits
            boolean insideLink = b.open.stream().anyMatch(o -> o.kind() == Kind.ENTITY);
            if (insideLink || m.start() >= parentEnd) {
                continue;
            }
            b.text(m.start());
            b.open(m, Math.min(m.end(), parentEnd));
        }
        b.closeUpTo(Integer.MAX_VALUE);
        b.text(text.length());
        return b.root;
    }

    /** Builds the tree: the marks open now (innermost last), where each ends, and the segments of each. */
    private static final class Builder {
        private final String text;
        private final List<Segment> root = new ArrayList<>();
        private final List<Mark> open = new ArrayList<>();
        private final List<Integer> ends = new ArrayList<>();
        private final List<List<Segment>> levels = new ArrayList<>(List.of(root));
        private int pos;

        Builder(String text) {
            this.text = text;
        }

        /** The text from where the last segment ended up to {@code to}, in the innermost open mark. */
        void text(int to) {
            if (to > pos) {
                levels.get(levels.size() - 1).add(Segment.text(text.substring(pos, to)));
                pos = to;
            }
        }

        void open(Mark m, int end) {
            List<Segment> inside = new ArrayList<>();
            levels.get(levels.size() - 1).add(new Segment(m.kind(), null, m.ref(), m.type(), m.fact(),
                    java.util.Collections.unmodifiableList(inside)));
            levels.add(inside);
            open.add(m);
            ends.add(end);
        }

        void closeUpTo(int at) {
            while (!ends.isEmpty() && ends.get(ends.size() - 1) <= at) {
                text(ends.remove(ends.size() - 1));
                open.remove(open.size() - 1);
                levels.remove(levels.size() - 1);
            }
        }
    }

    private static boolean valid(int start, int end, String text) {
        return start >= 0 && end > start && end <= text.length();
    }
}
