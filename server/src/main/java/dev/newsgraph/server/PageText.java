package dev.newsgraph.server;

import dev.newsgraph.model.Entity;
import dev.newsgraph.model.Event;
import dev.newsgraph.store.PlaceRow;
import dev.newsgraph.store.TimelineRow;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Small wordings and link paths the templates share: plain text and paths only (the templates
 * escape what they put in a page), kept here so that every page words a thing the same way.
 */
final class PageText {
    /** Width in pixels of the longest bar of a timeline. */
    static final int BAR_WIDTH = 160;

    private PageText() {
    }

    /** A title, or "(untitled)" where there is none. */
    static String title(String t) {
        return t == null || t.isBlank() ? "(untitled)" : t;
    }

    /** Event types by count, most first: "ASSAULT 3, CONSULT 1". */
    static String types(Map<String, Long> types) {
        return types.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .map(t -> t.getKey() + " " + t.getValue()).collect(Collectors.joining(", "));
    }

    /** A place's point as {@code near} takes it: "49.980810,36.252720". */
    static String point(PlaceRow p) {
        return String.format(java.util.Locale.ROOT, "%.6f,%.6f", p.lat(), p.lon());
    }

    /** The commonest PLOVER type at a place (the first of its types, which come most first). */
    static String topType(PlaceRow p) {
        return p.types().isEmpty() ? "" : p.types().keySet().iterator().next();
    }

    /** The first {@code n} of a list. */
    static <T> List<T> first(List<T> rows, int n) {
        return rows.size() <= n ? rows : rows.subList(0, n);
    }

    static long maxEvents(List<TimelineRow> rows) {
        return rows.stream().mapToLong(TimelineRow::events).max().orElse(1);
    }

    /** A timeline bar's width: its share of the longest, at least 2 pixels so that one event shows. */
    static int barWidth(long events, long max) {
        return (int) Math.max(2, BAR_WIDTH * events / max);
    }

    /** The events view of one row of a timeline: its type on its day (every day where it has none). */
    static String eventsOfDay(TimelineRow r) {
        return "/events?type=" + Markup.url(r.type())
                + (r.day() != null && !r.day().equals("unknown") ? "&from=" + r.day() + "&to=" + r.day() : "");
    }

    /** The events view of an article's event's type (and its first actor's name, where it has one). */
    static String sameKind(Event ev, Map<String, Entity> entities) {
        String path = "/events?type=" + Markup.url(ev.type().name());
        if (!ev.source().isEmpty() && entities.containsKey(ev.source().get(0))) {
            path += "&actor=" + Markup.url(entities.get(ev.source().get(0)).name());
        }
        return path;
    }
}
