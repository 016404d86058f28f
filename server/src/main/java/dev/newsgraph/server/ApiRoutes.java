package dev.newsgraph.server;

import dev.newsgraph.model.EntityType;
import dev.newsgraph.model.EventType;
import dev.newsgraph.model.QuoteKind;
import dev.newsgraph.model.RecordCodec;
import dev.newsgraph.model.StoryRecord;
import dev.newsgraph.store.ActorRef;
import dev.newsgraph.store.ActorRow;
import dev.newsgraph.store.ArticleRow;
import dev.newsgraph.store.EdgeRow;
import dev.newsgraph.store.EventRow;
import dev.newsgraph.store.QueryFilter;
import dev.newsgraph.store.QuoteRow;
import dev.newsgraph.store.SearchHit;
import dev.newsgraph.store.TimelineRow;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The REST API under {@code /api}: JSON, read-only, paginated by {@code limit} and {@code offset}
 * (a page answers {@code items}, {@code limit}, {@code offset} and {@code next}, the URL of the
 * next page or null). {@code openapi.json} describes every route registered here.
 */
final class ApiRoutes {
    static final Set<String> ENTITY_TYPES = names(EntityType.values());
    static final Set<String> EVENT_TYPES = names(EventType.values());
    static final Set<String> QUOTE_KINDS = names(QuoteKind.values());

    private final StorePool pool;

    ApiRoutes(StorePool pool) {
        this.pool = pool;
    }

    void register(Javalin app, AnswerCache cache) {
        app.get("/api/status", ctx -> ctx.json(Map.of("articles", pool.read(s -> s.articleCount()),
                "version", dev.newsgraph.model.Version.current())));
        app.get("/api/articles", cache.wrap(this::articles));
        app.get("/api/articles/search", cache.wrap(this::searchArticles));
        app.get("/api/articles/{id}", cache.wrap(ctx -> ctx.json(record(ctx.pathParam("id")))));
        app.get("/api/entities", cache.wrap(this::entities));
        app.get("/api/entities/{id}", cache.wrap(this::entity));
        app.get("/api/entities/{id}/quotes", cache.wrap(ctx -> page(ctx, entityQuotes(actor(ctx), new QueryParams(ctx)))));
        app.get("/api/entities/{id}/events", cache.wrap(ctx -> page(ctx, entityEvents(actor(ctx), new QueryParams(ctx), null))));
        app.get("/api/events", cache.wrap(this::events));
        app.get("/api/quotes", cache.wrap(this::quotes));
        app.get("/api/timeline", cache.wrap(this::timeline));
        app.get("/api/network", cache.wrap(ctx -> ctx.json(network(new QueryParams(ctx)))));
        app.get("/api/search", cache.wrap(this::search));
        app.get("/api/export/records.jsonl", this::exportRecords);
        app.get("/api/export/events.jsonl", this::exportEvents);
    }

    // ---- articles

    private void articles(Context ctx) {
        QueryParams p = new QueryParams(ctx);
        int limit = p.limit();
        int offset = p.offset();
        List<ArticleRow> rows = new ArrayList<>();
        pool.read(s -> {
            s.articles(offset, limit + 1, rows::add);
            return null;
        });
        pageOf(ctx, rows, limit, offset);
    }

    /** Stored articles, latest first. */
    void articlesPage(int offset, int limit, List<ArticleRow> into) {
        pool.read(s -> {
            s.articles(offset, limit, into::add);
            return null;
        });
    }

    private void searchArticles(Context ctx) {
        QueryParams p = new QueryParams(ctx);
        String q = p.required("q");
        page(ctx, searchHits(q, p.limit(), p.offset()));
    }

    List<SearchHit> searchHits(String q, int limit, int offset) {
        List<SearchHit> rows = new ArrayList<>();
        pool.read(s -> {
            s.search(q, offset + limit + 1, rows::add);
            return null;
        });
        return rows;
    }

    /** One whole record; 404 where no article has this id. */
    StoryRecord record(String id) {
        if (id.length() > 200) {
            throw new BadRequest("article id is too long");
        }
        return pool.read(s -> s.record(id)).orElseThrow(() -> new NotFoundResponse("no article with id " + id));
    }

    // ---- entities

    private void entities(Context ctx) {
        QueryParams p = new QueryParams(ctx);
        page(ctx, entityRows(p.filter("q", ENTITY_TYPES, p.offset() + p.limit() + 1)));
    }

    List<ActorRow> entityRows(QueryFilter f) {
        List<ActorRow> rows = new ArrayList<>();
        pool.read(s -> {
            s.entities(f, rows::add);
            return null;
        });
        return rows;
    }

    private void entity(Context ctx) {
        ActorRow a = actor(ctx);
        QueryParams p = new QueryParams(ctx);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("actor", a);
        out.put("articles", articlesNaming(a.id(), p.limit()));
        out.put("quotes", "/api/entities/" + a.id() + "/quotes");
        out.put("events", "/api/entities/" + a.id() + "/events");
        ctx.json(out);
    }

    List<ArticleRow> articlesNaming(long id, int limit) {
        List<ArticleRow> rows = new ArrayList<>();
        pool.read(s -> {
            s.articlesNaming(id, limit, rows::add);
            return null;
        });
        return rows;
    }

    /** The roles the latest {@code articles} articles naming an actor give it. */
    List<String> roles(long id, int articles) {
        return pool.read(s -> s.roles(id, articles));
    }

    private ActorRow actor(Context ctx) {
        return actor(ctx.pathParam("id"));
    }

    /** The actor a path names by id; 400 where it is no number, 404 where there is none. */
    ActorRow actor(String idText) {
        long id;
        try {
            id = Long.parseLong(idText);
        } catch (NumberFormatException e) {
            throw new BadRequest("entity id must be a number: " + idText);
        }
        return pool.read(s -> s.actor(id)).orElseThrow(() -> new NotFoundResponse("no entity with id " + id));
    }

    /** Quotes whose speaker is this actor (found by its name, kept where the speaker is it). */
    List<QuoteRow> entityQuotes(ActorRow a, QueryParams p) {
        return entityQuotes(a, p.filter("speaker", QUOTE_KINDS, 2 * (p.offset() + p.limit() + 1)));
    }

    /** Quotes of this actor among those {@code f} (its actor set to the actor's name) finds. */
    List<QuoteRow> entityQuotes(ActorRow a, QueryFilter filter) {
        QueryFilter f = filter.withActor(a.name());
        List<QuoteRow> rows = new ArrayList<>();
        pool.read(s -> {
            s.quotes(f, q -> {
                if (q.speaker() != null && q.speaker().id() == a.id()) {
                    rows.add(q);
                }
            });
            return null;
        });
        return rows;
    }

    /** Events this actor takes part in; {@code role} "source" or "target" keeps that side only. */
    List<EventRow> entityEvents(ActorRow a, QueryParams p, String role) {
        return entityEvents(a, p.filter("actor", EVENT_TYPES, 2 * (p.offset() + p.limit() + 1)), role);
    }

    /** Events of this actor among those {@code filter} (its actor set to the actor's name) finds. */
    List<EventRow> entityEvents(ActorRow a, QueryFilter filter, String role) {
        QueryFilter f = filter.withActor(a.name());
        List<EventRow> rows = new ArrayList<>();
        pool.read(s -> {
            s.events(f, e -> {
                boolean source = e.sources().stream().anyMatch(r -> r.id() == a.id());
                boolean target = e.targets().stream().anyMatch(r -> r.id() == a.id());
                boolean place = e.location() != null && e.location().id() == a.id();
                if (role == null ? source || target || place : role.equals("source") ? source : target) {
                    rows.add(e);
                }
            });
            return null;
        });
        return rows;
    }

    // ---- events, quotes, timeline, network

    private void events(Context ctx) {
        page(ctx, eventRows(new QueryParams(ctx)));
    }

    /** Events filtered by type, actor, country, from, to, text and location (a place's name). */
    List<EventRow> eventRows(QueryParams p) {
        String location = p.text("location");
        int want = p.offset() + p.limit() + 1;
        QueryFilter f = p.filter("actor", EVENT_TYPES, location == null ? want : 20_000);
        String place = location == null ? null : location.toLowerCase(Locale.ROOT);
        List<EventRow> rows = new ArrayList<>();
        pool.read(s -> {
            s.events(f, e -> {
                if (rows.size() < want && (place == null || e.location() != null
                        && e.location().name().toLowerCase(Locale.ROOT).contains(place))) {
                    rows.add(e);
                }
            });
            return null;
        });
        return rows;
    }

    private void quotes(Context ctx) {
        page(ctx, quoteRows(new QueryParams(ctx)));
    }

    List<QuoteRow> quoteRows(QueryParams p) {
        QueryFilter f = p.filter("speaker", QUOTE_KINDS, p.offset() + p.limit() + 1);
        List<QuoteRow> rows = new ArrayList<>();
        pool.read(s -> {
            s.quotes(f, rows::add);
            return null;
        });
        return rows;
    }

    private void timeline(Context ctx) {
        ctx.json(Map.of("items", timelineRows(new QueryParams(ctx))));
    }

    List<TimelineRow> timelineRows(QueryParams p) {
        return timelineRows(p.filter("actor", EVENT_TYPES, p.integer("limit", 1000, 1, 10_000)));
    }

    List<TimelineRow> timelineRows(QueryFilter f) {
        List<TimelineRow> rows = new ArrayList<>();
        pool.read(s -> {
            s.timeline(f, rows::add);
            return null;
        });
        return rows;
    }

    /** The actor network: nodes (actors, with their event count) and weighted edges by event type. */
    Map<String, Object> network(QueryParams p) {
        List<EdgeRow> edges = edges(p.filter("actor", EVENT_TYPES, p.integer("limit", 100, 1, 2000)));
        Map<Long, Map<String, Object>> nodes = new LinkedHashMap<>();
        List<Map<String, Object>> links = new ArrayList<>();
        for (EdgeRow e : edges) {
            node(nodes, e.source(), e.events());
            node(nodes, e.target(), e.events());
            Map<String, Object> l = new LinkedHashMap<>();
            l.put("source", e.source().id());
            l.put("target", e.target().id());
            l.put("events", e.events());
            l.put("types", e.types());
            links.add(l);
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("nodes", new ArrayList<>(nodes.values()));
        out.put("edges", links);
        return out;
    }

    List<EdgeRow> edges(QueryFilter f) {
        List<EdgeRow> edges = new ArrayList<>();
        pool.read(s -> {
            s.network(f, edges::add);
            return null;
        });
        return edges;
    }

    private static void node(Map<Long, Map<String, Object>> nodes, ActorRef a, long events) {
        Map<String, Object> n = nodes.computeIfAbsent(a.id(), id -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", a.id());
            m.put("name", a.name());
            m.put("type", a.type());
            m.put("country", a.country());
            m.put("events", 0L);
            return m;
        });
        n.put("events", (Long) n.get("events") + events);
    }

    // ---- search over everything

    private void search(Context ctx) {
        QueryParams p = new QueryParams(ctx);
        String q = p.required("q");
        int limit = p.integer("limit", 10, 1, 100);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("entities", entityRows(QueryFilter.all().withActor(q).withLimit(limit)));
        out.put("articles", searchHits(q, limit, 0).stream().limit(limit).toList());
        out.put("quotes", quoteRows(q, limit));
        ctx.json(out);
    }

    /** Quotes said by an actor going by {@code words}, then quotes holding the words. */
    List<QuoteRow> quoteRows(String words, int limit) {
        List<QuoteRow> rows = new ArrayList<>();
        pool.read(s -> {
            s.quotes(QueryFilter.all().withActor(words).withLimit(limit), rows::add);
            s.quotes(QueryFilter.all().withText(words).withLimit(limit), q -> {
                if (!rows.contains(q)) {
                    rows.add(q);
                }
            });
            return null;
        });
        return rows.size() > limit ? rows.subList(0, limit) : rows;
    }

    // ---- exports (streamed)

    private void exportRecords(Context ctx) {
        ctx.contentType("application/x-ndjson; charset=utf-8");
        ctx.header("Content-Disposition", "attachment; filename=\"records.jsonl\"");
        stream(ctx, w -> pool.read(s -> {
            s.records(r -> line(w, RecordCodec.toJson(r)));
            return null;
        }));
    }

    private void exportEvents(Context ctx) {
        QueryFilter f = new QueryParams(ctx).filter("actor", EVENT_TYPES, QueryFilter.NO_LIMIT);
        ctx.contentType("application/x-ndjson; charset=utf-8");
        ctx.header("Content-Disposition", "attachment; filename=\"events.jsonl\"");
        stream(ctx, w -> pool.read(s -> {
            s.events(f, e -> line(w, RecordCodec.toJson(e)));
            return null;
        }));
    }

    private static void stream(Context ctx, java.util.function.Consumer<BufferedWriter> body) {
        try (BufferedWriter w = new BufferedWriter(new OutputStreamWriter(ctx.outputStream(), StandardCharsets.UTF_8))) {
            body.accept(w);
        } catch (java.io.IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void line(BufferedWriter w, String json) {
        try {
            w.write(json);
            w.write('\n');
        } catch (java.io.IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // ---- pages

    /** Answers rows fetched up to offset + limit + 1 as one page. */
    private static void page(Context ctx, List<?> rows) {
        QueryParams p = new QueryParams(ctx);
        int offset = p.offset();
        int limit = p.limit();
        List<?> tail = offset >= rows.size() ? List.of() : rows.subList(offset, rows.size());
        pageOf(ctx, tail, limit, offset);
    }

    /** Answers rows starting at {@code offset} (at most limit + 1 of them: one more says there is a next page). */
    private static void pageOf(Context ctx, List<?> rows, int limit, int offset) {
        boolean more = rows.size() > limit;
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("items", more ? rows.subList(0, limit) : rows);
        out.put("limit", limit);
        out.put("offset", offset);
        out.put("next", more && offset + limit <= QueryParams.MAX_OFFSET ? nextUrl(ctx, offset + limit) : null);
        ctx.json(out);
    }

    private static String nextUrl(Context ctx, int offset) {
        String params = ctx.queryParamMap().entrySet().stream()
                .filter(e -> !e.getKey().equals("offset"))
                .flatMap(e -> e.getValue().stream().map(v -> Markup.url(e.getKey()) + "=" + Markup.url(v)))
                .collect(Collectors.joining("&"));
        return ctx.path() + "?" + (params.isEmpty() ? "" : params + "&") + "offset=" + offset;
    }

    private static Set<String> names(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).collect(Collectors.toUnmodifiableSet());
    }
}
