package dev.newsgraph.server;

import dev.newsgraph.model.EntityType;
import dev.newsgraph.model.EventType;
import dev.newsgraph.model.QuoteKind;
import dev.newsgraph.model.RecordCodec;
import dev.newsgraph.server.Paging.Slice;
import dev.newsgraph.store.ActorRow;
import dev.newsgraph.store.QueryFilter;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * The REST API under {@code /api}: JSON, read-only, paginated by {@code limit} and {@code offset}
 * (a page answers {@code items}, {@code limit}, {@code offset} and {@code next}, the URL of the
 * next page or null). It reads the request's parameters, asks {@link StoreQueries} and writes the
 * answer as JSON; {@code openapi.json} describes every route registered here.
 */
final class ApiRoutes {
    static final Set<String> ENTITY_TYPES = names(EntityType.values());
    static final Set<String> EVENT_TYPES = names(EventType.values());
    static final Set<String> QUOTE_KINDS = names(QuoteKind.values());

    private final StoreQueries queries;

    ApiRoutes(StoreQueries queries) {
        this.queries = queries;
    }

    void register(RoutesConfig app, AnswerCache cache) {
        app.get("/api/status", ctx -> {
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("articles", queries.articleCount());
            out.put("version", dev.newsgraph.model.Version.current());
            ctx.json(out);
        });
        // not cached: a watch round changes the sources' state without changing the articles
        app.get("/api/sources", ctx -> ctx.json(Map.of("items", queries.sources())));
        app.get("/api/articles", cache.wrap(ctx -> page(ctx, queries.articles(new QueryParams(ctx).paging()))));
        app.get("/api/articles/search", cache.wrap(ctx -> {
            QueryParams p = new QueryParams(ctx);
            page(ctx, queries.searchArticles(p.required("q"), p.paging()));
        }));
        app.get("/api/articles/{id}", cache.wrap(ctx -> ctx.json(queries.record(ctx.pathParam("id")))));
        app.get("/api/entities", cache.wrap(ctx -> {
            QueryParams p = new QueryParams(ctx);
            page(ctx, queries.actors(p.filter("q", ENTITY_TYPES), p.paging()));
        }));
        app.get("/api/entities/{id}", cache.wrap(this::entity));
        app.get("/api/entities/{id}/quotes", cache.wrap(ctx -> {
            QueryParams p = new QueryParams(ctx);
            page(ctx, queries.quotesOf(actor(ctx), p.filter("speaker", QUOTE_KINDS), p.paging()));
        }));
        app.get("/api/entities/{id}/events", cache.wrap(ctx -> {
            QueryParams p = new QueryParams(ctx);
            page(ctx, queries.eventsOf(actor(ctx), p.eventFilter(), p.paging()));
        }));
        app.get("/api/events", cache.wrap(ctx -> {
            QueryParams p = new QueryParams(ctx);
            page(ctx, queries.events(p.eventFilter(), p.text("location"), p.paging()));
        }));
        app.get("/api/places", cache.wrap(ctx -> ctx.json(Map.of("items", queries.places(placesFilter(new QueryParams(ctx)))))));
        app.get("/api/quotes", cache.wrap(ctx -> {
            QueryParams p = new QueryParams(ctx);
            page(ctx, queries.quotes(p.filter("speaker", QUOTE_KINDS), p.paging()));
        }));
        app.get("/api/timeline", cache.wrap(ctx -> ctx.json(Map.of("items", queries.timeline(timelineFilter(new QueryParams(ctx)))))));
        app.get("/api/network", cache.wrap(ctx -> ctx.json(queries.network(networkFilter(new QueryParams(ctx))))));
        app.get("/api/search", cache.wrap(ctx -> {
            QueryParams p = new QueryParams(ctx);
            String q = p.required("q");
            int limit = p.integer("limit", 10, 1, 100);
            ctx.json(queries.search(q, limit, limit, limit));
        }));
        app.get("/api/export/records.jsonl", this::exportRecords);
        app.get("/api/export/events.jsonl", this::exportEvents);
    }

    /** The timeline's filter: the common ones and up to {@code limit} rows (default 1,000). */
    static QueryFilter timelineFilter(QueryParams p) {
        return p.eventFilter().withLimit(p.integer("limit", 1000, 1, 10_000));
    }

    /** The map's filter: the event filters and up to {@code limit} places (default 500). */
    static QueryFilter placesFilter(QueryParams p) {
        return p.eventFilter().withLimit(p.integer("limit", 500, 1, 5000));
    }

    /** The network's filter: the common ones and up to {@code limit} edges (default 100). */
    static QueryFilter networkFilter(QueryParams p) {
        return p.eventFilter().withLimit(p.integer("limit", 100, 1, 2000));
    }

    private void entity(Context ctx) {
        ActorRow a = actor(ctx);
        QueryParams p = new QueryParams(ctx);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("actor", a);
        out.put("articles", queries.articlesNaming(a.id(), p.limit()));
        out.put("quotes", "/api/entities/" + a.id() + "/quotes");
        out.put("events", "/api/entities/" + a.id() + "/events");
        ctx.json(out);
    }

    private ActorRow actor(Context ctx) {
        return queries.actor(ctx.pathParam("id"));
    }

    // ---- exports (streamed)

    private void exportRecords(Context ctx) {
        stream(ctx, "records.jsonl", lines -> queries.eachRecord(r -> lines.accept(RecordCodec.toJson(r))));
    }

    private void exportEvents(Context ctx) {
        QueryFilter f = new QueryParams(ctx).eventFilter();
        stream(ctx, "events.jsonl", lines -> queries.eachEvent(f, e -> lines.accept(RecordCodec.toJson(e))));
    }

    /**
     * Streams the JSON lines {@code body} hands over. The answer is begun at its first line, not
     * before: until then the export may still be refused (no export handle free: 503) with a
     * proper error answer, as nothing has been sent.
     */
    private static void stream(Context ctx, String file, Consumer<Consumer<String>> body) {
        BufferedWriter[] out = {null};
        Consumer<String> lines = json -> {
            try {
                if (out[0] == null) {
                    out[0] = begin(ctx, file);
                }
                out[0].write(json);
                out[0].write('\n');
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        };
        try {
            body.accept(lines);
            if (out[0] == null) {
                out[0] = begin(ctx, file);
            }
            out[0].close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static BufferedWriter begin(Context ctx, String file) {
        ctx.contentType("application/x-ndjson; charset=utf-8");
        ctx.header("Content-Disposition", "attachment; filename=\"" + file + "\"");
        return new BufferedWriter(new OutputStreamWriter(ctx.outputStream(), StandardCharsets.UTF_8));
    }

    // ---- pages of rows

    /** Answers a page of rows, with the URL of the next page where there is one within the offset bound. */
    private static void page(Context ctx, Slice<?> page) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("items", page.items());
        out.put("limit", page.limit());
        out.put("offset", page.offset());
        int next = page.offset() + page.limit();
        out.put("next", page.more() && next <= QueryParams.MAX_OFFSET ? QueryParams.pathWithout(ctx, "offset") + "offset=" + next : null);
        ctx.json(out);
    }

    private static Set<String> names(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).collect(Collectors.toUnmodifiableSet());
    }
}
