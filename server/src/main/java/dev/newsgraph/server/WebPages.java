package dev.newsgraph.server;

import com.fasterxml.jackson.databind.JsonNode;
import dev.newsgraph.model.RecordCodec;
import dev.newsgraph.model.StoryRecord;
import dev.newsgraph.server.PageViews.Field;
import dev.newsgraph.store.ActorRow;
import dev.newsgraph.store.QueryFilter;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The web UI, rendered on the server: each route reads its parameters, asks {@link StoreQueries}
 * (as the JSON API does) and renders its template ({@link Templates}), which escapes every value
 * from the data. The only scripts are the network view's (and Cytoscape.js), which draws the edges
 * table of its page, and the map view's (and topojson-client), which draws the places table of
 * its page on the country outlines the server ships.
 */
final class WebPages {
    private static final String[][] EVENT_FILTERS = {{"actor", "Actor"}, {"type", "Event type (PLOVER, e.g. ASSAULT)"},
            {"country", "Country (ISO3)"}, {"from", "From (yyyy-mm-dd)"}, {"to", "To (yyyy-mm-dd)"}, {"text", "Articles containing"},
            {"near", "Near (lat,lon)"}, {"km", "Within km (default 50)"}};
    private static final String[][] ENTITY_FILTERS = {{"q", "Name or alias"}, {"type", "Type (PERSON, ORGANIZATION, LOCATION, GROUP)"},
            {"country", "Country (ISO3)"}, {"text", "Articles containing"}};
    private static final String[][] QUOTE_FILTERS = {{"speaker", "Speaker"}, {"text", "Words of the quote"},
            {"type", "Kind (DIRECT, PARTIAL, INDIRECT)"}, {"country", "Speaker's country (ISO3)"}, {"from", "From"}, {"to", "To"}};

    private final StoreQueries queries;
    private final Templates templates;

    WebPages(StoreQueries queries, Templates templates) {
        this.queries = queries;
        this.templates = templates;
    }

    void register(RoutesConfig app, String openApi, AnswerCache cache) {
        app.get("/", cache.wrap(ctx -> html(ctx, "home", new PageViews.Home(
                queries.actors(QueryFilter.all().withLimit(15)), queries.articles(new Paging(0, 15)).items()))));
        app.get("/articles", cache.wrap(ctx -> html(ctx, "articles",
                new PageViews.Articles(queries.articles(new QueryParams(ctx).paging()), "/articles?"))));
        app.get("/articles/{id}", cache.wrap(this::article));
        app.get("/entities", cache.wrap(ctx -> {
            QueryParams p = new QueryParams(ctx);
            html(ctx, "entities", new PageViews.Entities(form(p, ENTITY_FILTERS),
                    queries.actors(p.filter("q", ApiRoutes.ENTITY_TYPES), p.paging()), QueryParams.pathWithout(ctx, "offset")));
        }));
        app.get("/entities/by-name", this::entityByName);
        app.get("/entities/{id}", cache.wrap(ctx -> html(ctx, "entity", queries.profile(queries.actor(ctx.pathParam("id"))))));
        app.get("/events", cache.wrap(ctx -> {
            QueryParams p = new QueryParams(ctx);
            html(ctx, "events", new PageViews.Events(form(p, EVENT_FILTERS, new String[] {"location", "Place"}),
                    queries.events(p.eventFilter(), p.text("location"), p.paging()),
                    QueryParams.pathWithout(ctx, "offset")));
        }));
        app.get("/timeline", cache.wrap(ctx -> {
            QueryParams p = new QueryParams(ctx);
            // the first page of the events under the bars (the events view pages through them all)
            html(ctx, "timeline", new PageViews.Timeline(form(p, EVENT_FILTERS), queries.timeline(ApiRoutes.timelineFilter(p)),
                    queries.events(p.eventFilter(), p.text("location"), new Paging(0, p.limit())).items()));
        }));
        app.get("/network", cache.wrap(ctx -> {
            QueryParams p = new QueryParams(ctx);
            StoreQueries.Network net = queries.network(ApiRoutes.networkFilter(p));
            Map<Long, StoreQueries.Node> actors = new LinkedHashMap<>();
            net.nodes().forEach(n -> actors.put(n.id(), n));
            html(ctx, "network", new PageViews.Network(form(p, EVENT_FILTERS), net.edges(), actors));
        }));
        app.get("/map", cache.wrap(ctx -> {
            QueryParams p = new QueryParams(ctx);
            html(ctx, "map", new PageViews.WorldMap(form(p, EVENT_FILTERS), queries.places(ApiRoutes.placesFilter(p)),
                    eventsQuery(ctx)));
        }));
        app.get("/quotes", cache.wrap(ctx -> {
            QueryParams p = new QueryParams(ctx);
            html(ctx, "quotes", new PageViews.Quotes(form(p, QUOTE_FILTERS),
                    queries.quotes(p.filter("speaker", ApiRoutes.QUOTE_KINDS), p.paging()), QueryParams.pathWithout(ctx, "offset")));
        }));
        app.get("/search", cache.wrap(ctx -> {
            String q = new QueryParams(ctx).text("q");
            html(ctx, "search", new PageViews.Search(q, q == null ? null : queries.search(q, 20, 30, 20)));
        }));
        String docs = templates.render("api", apiDocs(openApi));
        app.get("/api", ctx -> ctx.contentType("text/html; charset=utf-8").result(docs));
    }

    private void html(Context ctx, String template, Object view) {
        ctx.contentType("text/html; charset=utf-8").result(templates.render(template, view));
    }

    /** An error page (for any path outside the API). */
    String error(int status, String message) {
        return templates.render("error", new PageViews.Error(status, message));
    }

    private void article(Context ctx) {
        StoryRecord r = queries.record(ctx.pathParam("id"));
        html(ctx, "article", new PageViews.Article(r, ArticleMarkup.entities(r), ArticleMarkup.segments(r)));
    }

    /** The article page's entity links: to the one actor going by the name, or a list where several do. */
    private void entityByName(Context ctx) {
        QueryParams p = new QueryParams(ctx);
        String name = p.required("name");
        String type = p.code("type", ApiRoutes.ENTITY_TYPES);
        List<ActorRow> rows = queries.actors(QueryFilter.all().withActor(name).withType(type).withLimit(20));
        if (rows.size() == 1) {
            ctx.redirect("/entities/" + rows.get(0).id());
            return;
        }
        if (rows.isEmpty()) {
            throw new NotFound("no entity goes by " + name);
        }
        html(ctx, "namesakes", new PageViews.Namesakes(name, rows));
    }

    /**
     * The map's own filters (actor, type, country, dates, text) as a query string ending in "&amp;",
     * values URL-encoded, for the links from a place to its events: the place itself then narrows
     * them by its point, so a near and km asked of the map are left out.
     */
    private static String eventsQuery(Context ctx) {
        StringBuilder out = new StringBuilder();
        for (String name : List.of("actor", "type", "country", "from", "to", "text")) {
            String v = ctx.queryParam(name);
            if (v != null && !v.isBlank()) {
                out.append(Markup.url(name)).append('=').append(Markup.url(v.strip())).append('&');
            }
        }
        return out.toString();
    }

    /** A filter form's fields, refilled with the values asked. */
    private static List<Field> form(QueryParams p, String[][] fields, String[]... more) {
        List<Field> out = new ArrayList<>();
        for (String[] f : fields) {
            out.add(new Field(f[0], f[1], p.raw(f[0])));
        }
        for (String[] f : more) {
            out.add(new Field(f[0], f[1], p.raw(f[0])));
        }
        return out;
    }

    /** The endpoint list, read from the OpenAPI document itself. */
    private static PageViews.ApiDocs apiDocs(String openApi) {
        JsonNode doc;
        try {
            doc = RecordCodec.mapper().readTree(openApi);
        } catch (IOException e) {
            throw new IllegalStateException("openapi.json is not JSON", e);
        }
        List<PageViews.Endpoint> endpoints = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = doc.path("paths").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> path = it.next();
            JsonNode get = path.getValue().path("get");
            List<PageViews.Parameter> params = new ArrayList<>();
            for (JsonNode prm : get.path("parameters")) {
                JsonNode resolved = prm.has("$ref") ? doc.at(prm.get("$ref").asText().substring(1)) : prm;
                params.add(new PageViews.Parameter(resolved.path("name").asText(), resolved.path("in").asText(),
                        resolved.path("description").asText()));
            }
            endpoints.add(new PageViews.Endpoint(path.getKey(), get.path("summary").asText(), params));
        }
        return new PageViews.ApiDocs(doc.path("info").path("description").asText(), doc.path("openapi").asText(), endpoints);
    }
}
