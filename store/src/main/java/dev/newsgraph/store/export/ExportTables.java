package dev.newsgraph.store.export;

import dev.newsgraph.store.ActorRef;
import dev.newsgraph.store.EventReport;
import dev.newsgraph.store.QueryFilter;
import dev.newsgraph.store.Store;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The store as five flat tables, the same for CSV and Parquet: {@code articles}, {@code actors},
 * {@code events} (one row per merged event), {@code reports} (one row per article reporting an
 * event, with its evidence) and {@code quotes}. docs/store.md lists the columns.
 */
public final class ExportTables {
    /** The tables, in the order they are written. */
    public static final List<String> NAMES = List.of("articles", "actors", "events", "reports", "quotes");

    static final List<Column> ARTICLES = List.of(Column.text("id"), Column.text("url"), Column.text("source"),
            Column.text("title"), Column.text("published"), Column.text("language"), Column.text("story"),
            Column.whole("entities"), Column.whole("events"), Column.whole("quotes"));
    static final List<Column> ACTORS = List.of(Column.whole("id"), Column.text("name"), Column.text("type"),
            Column.text("country"), Column.text("sector"), Column.text("kb"), Column.whole("articles"),
            Column.whole("mentions"), Column.text("names"));
    static final List<Column> EVENTS = List.of(Column.whole("id"), Column.text("date"), Column.text("day"),
            Column.text("precision"), Column.text("type"), Column.text("mode"), Column.text("source_ids"),
            Column.text("sources"), Column.text("target_ids"), Column.text("targets"), Column.whole("location_id"),
            Column.text("location"), Column.real("lat"), Column.real("lon"), Column.text("place_country"),
            Column.text("place_precision"), Column.text("place_geonames"), Column.whole("reports"), Column.text("urls"),
            Column.text("evidence"));
    static final List<Column> REPORTS = List.of(Column.whole("event_id"), Column.text("article_id"), Column.text("url"),
            Column.text("source"), Column.text("published"), Column.text("local_id"), Column.text("modality"),
            Column.real("confidence"), Column.text("evidence"));
    static final List<Column> QUOTES = List.of(Column.text("article_id"), Column.text("published"),
            Column.whole("speaker_id"), Column.text("speaker"), Column.text("text"), Column.text("kind"),
            Column.text("cue"), Column.text("channel"), Column.text("url"));

    private ExportTables() {
    }

    /** The columns of a table of {@link #NAMES}, in order (the Spark job writes its tables by these too). */
    public static List<Column> columns(String table) {
        return switch (table) {
            case "articles" -> ARTICLES;
            case "actors" -> ACTORS;
            case "events" -> EVENTS;
            case "reports" -> REPORTS;
            case "quotes" -> QUOTES;
            default -> throw new IllegalArgumentException("no table " + table);
        };
    }

    /** Writes the named tables (of {@link #NAMES}) in that order. */
    static void write(Store store, TableSink sink, List<String> tables) throws IOException {
        try {
            for (String t : tables) {
                switch (t) {
                    case "articles" -> {
                        sink.begin(t, ARTICLES);
                        store.articles(a -> row(sink, a.id(), a.url(), a.source(), a.title(), a.published(), a.language(),
                                a.story(), a.entities(), a.events(), a.quotes()));
                    }
                    case "actors" -> {
                        sink.begin(t, ACTORS);
                        store.entities(QueryFilter.all(), a -> row(sink, a.id(), a.name(), a.type(), a.country(), a.sector(),
                                a.kb(), a.articles(), a.mentions(), String.join("; ", a.names())));
                    }
                    case "events" -> {
                        sink.begin(t, EVENTS);
                        store.events(QueryFilter.all(), e -> row(sink, e.id(), e.date(), e.day(), e.precision(), e.type(),
                                e.mode(), ids(e.sources()), names(e.sources()), ids(e.targets()), names(e.targets()),
                                e.location() == null ? null : e.location().id(),
                                e.location() == null ? null : e.location().name(),
                                e.place() == null ? null : e.place().lat(), e.place() == null ? null : e.place().lon(),
                                e.place() == null ? null : e.place().country(),
                                e.place() == null ? null : e.place().precision(),
                                e.place() == null ? null : e.place().geonames(), e.reports().size(),
                                e.reports().stream().map(EventReport::url).filter(u -> u != null)
                                        .collect(Collectors.joining(" ")),
                                e.reports().isEmpty() ? null : e.reports().get(0).evidence()));
                    }
                    case "reports" -> {
                        sink.begin(t, REPORTS);
                        store.events(QueryFilter.all(), e -> e.reports().forEach(r -> row(sink, e.id(), r.articleId(),
                                r.url(), r.source(), r.published(), r.localId(), r.modality(), r.confidence(),
                                r.evidence())));
                    }
                    case "quotes" -> {
                        sink.begin(t, QUOTES);
                        store.quotes(QueryFilter.all(), q -> row(sink, q.articleId(), q.published(),
                                q.speaker() == null ? null : q.speaker().id(), q.speaker() == null ? null : q.speaker().name(),
                                q.text(), q.kind(), q.cue(), q.channel(), q.url()));
                    }
                    default -> throw new IllegalArgumentException("no table " + t);
                }
                sink.end();
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private static void row(TableSink sink, Object... values) {
        try {
            sink.row(Arrays.asList(values));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String ids(List<ActorRef> actors) {
        return actors.stream().map(a -> String.valueOf(a.id())).collect(Collectors.joining(" "));
    }

    private static String names(List<ActorRef> actors) {
        return actors.stream().map(ActorRef::name).collect(Collectors.joining("; "));
    }
}
