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
 * An article's text as HTML with its evidence marked: event evidence ({@code mark.ev}), quotes
 * ({@code q.quote}) and entity mentions (links to the entity). Each mark says its fact in a
 * {@code title} (shown on hover) and carries an id that the fact lists link to. Marks nest; one
 * that crosses another's end is cut there. All text is escaped.
 */
final class ArticleMarkup {
    private record Mark(int start, int end, int rank, String open, String close) {
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

    /** The text, escaped, with every fact's evidence marked. */
    static String render(StoryRecord r) {
        String text = r.article().text() == null ? "" : r.article().text();
        Map<String, Entity> entities = entities(r);
        List<Mark> marks = new ArrayList<>();
        for (Event ev : r.events()) {
            Span s = ev.evidence();
            if (s != null && valid(s.start(), s.end(), text)) {
                marks.add(new Mark(s.start(), s.end(), 0, "<mark class=\"ev\" tabindex=\"0\" id=\"ev-" + Markup.esc(ev.id())
                        + "\"" + fact("Event " + eventFact(ev, entities)) + ">", "</mark>"));
            }
        }
        for (Quote q : r.quotes()) {
            if (valid(q.start(), q.end(), text)) {
                marks.add(new Mark(q.start(), q.end(), 1, "<q class=\"quote\" tabindex=\"0\" id=\"q-" + Markup.esc(q.id())
                        + "\"" + fact(quoteFact(q, entities)) + ">", "</q>"));
            }
        }
        for (Entity e : r.entities()) {
            String fact = e.type().name() + ": " + e.name() + (e.country() != null ? " (" + e.country() + ")" : "")
                    + (e.roles().isEmpty() ? "" : ", " + String.join(", ", e.roles()));
            for (Span m : e.mentions()) {
                if (valid(m.start(), m.end(), text)) {
                    marks.add(new Mark(m.start(), m.end(), 2, "<a class=\"ent ent-" + e.type().name().toLowerCase(java.util.Locale.ROOT)
                            + "\" href=\"" + Markup.esc(entityPath(e)) + "\"" + fact(fact) + ">", "</a>"));
                }
            }
        }
        marks.sort(Comparator.comparingInt(Mark::start).thenComparing(Comparator.comparingInt(Mark::end).reversed())
                .thenComparingInt(Mark::rank));
        StringBuilder out = new StringBuilder(text.length() * 2);
        List<Mark> open = new ArrayList<>();
        List<Integer> ends = new ArrayList<>();
        int pos = 0;
        for (Mark m : marks) {
            pos = closeUpTo(m.start(), text, pos, open, ends, out);
            int parentEnd = ends.isEmpty() ? Integer.MAX_VALUE : ends.get(ends.size() - 1);
            boolean insideLink = open.stream().anyMatch(o -> o.rank() == 2);
            if (insideLink || m.start() >= parentEnd) {
                continue;
            }
            out.append(Markup.esc(text.substring(pos, m.start())));
            pos = m.start();
            out.append(m.open());
            open.add(m);
            ends.add(Math.min(m.end(), parentEnd));
        }
        pos = closeUpTo(Integer.MAX_VALUE, text, pos, open, ends, out);
        out.append(Markup.esc(text.substring(pos)));
        return out.toString();
    }

    private static int closeUpTo(int at, String text, int pos, List<Mark> open, List<Integer> ends, StringBuilder out) {
        while (!ends.isEmpty() && ends.get(ends.size() - 1) <= at) {
            int end = ends.remove(ends.size() - 1);
            out.append(Markup.esc(text.substring(pos, end)));
            pos = end;
            out.append(open.remove(open.size() - 1).close());
        }
        return pos;
    }

    /** The fact as a tooltip on hover ({@code title}) and as a note shown on keyboard focus ({@code data-fact}). */
    private static String fact(String fact) {
        String f = Markup.esc(fact);
        return " title=\"" + f + "\" data-fact=\"" + f + "\"";
    }

    private static boolean valid(int start, int end, String text) {
        return start >= 0 && end > start && end <= text.length();
    }
}
