package dev.newsgraph.server;

import static dev.newsgraph.server.Markup.esc;
import static dev.newsgraph.server.Markup.link;
import static dev.newsgraph.server.Markup.url;

import com.fasterxml.jackson.databind.JsonNode;
import dev.newsgraph.model.Entity;
import dev.newsgraph.model.Event;
import dev.newsgraph.model.Quote;
import dev.newsgraph.model.RecordCodec;
import dev.newsgraph.model.StoryRecord;
import dev.newsgraph.store.ActorRef;
import dev.newsgraph.store.ActorRow;
import dev.newsgraph.store.ArticleRow;
import dev.newsgraph.store.EdgeRow;
import dev.newsgraph.store.EventReport;
import dev.newsgraph.store.EventRow;
import dev.newsgraph.store.QueryFilter;
import dev.newsgraph.store.QuoteRow;
import dev.newsgraph.store.SearchHit;
import dev.newsgraph.store.TimelineRow;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The web UI, rendered on the server: every value from the data is escaped with {@link Markup};
 * the only script is the network view's (and Cytoscape.js), which draws the edges table of its page.
 */
final class WebPages {
    private final ApiRoutes api;

    WebPages(ApiRoutes api) {
        this.api = api;
    }

    void register(Javalin app, String openApi, AnswerCache cache) {
        app.get("/", cache.wrap(this::home));
        app.get("/articles", cache.wrap(this::articles));
        app.get("/articles/{id}", cache.wrap(this::article));
        app.get("/entities", cache.wrap(this::entities));
        app.get("/entities/by-name", this::entityByName);
        app.get("/entities/{id}", cache.wrap(this::entity));
        app.get("/events", cache.wrap(this::events));
        app.get("/timeline", cache.wrap(this::timeline));
        app.get("/network", cache.wrap(this::network));
        app.get("/quotes", cache.wrap(this::quotes));
        app.get("/search", cache.wrap(this::search));
        String docs = apiDocs(openApi);
        app.get("/api", ctx -> html(ctx, "API", docs));
    }

    private static void html(Context ctx, String title, String body, String... scripts) {
        ctx.contentType("text/html; charset=utf-8").result(PageLayout.page(title, body, scripts));
    }

    // ---- home, articles

    private void home(Context ctx) {
        StringBuilder b = new StringBuilder("<h1>newsgraph</h1><p>Entities, quotes and events read from news articles, each beside the sentence it came from.</p>");
        b.append("<section><h2>Most named actors</h2>").append(actorList(api.entityRows(QueryFilter.all().withLimit(15))))
                .append("<p><a href=\"/entities\">All entities</a></p></section>");
        List<ArticleRow> latest = new ArrayList<>();
        api.articlesPage(0, 15, latest);
        b.append("<section><h2>Latest articles</h2>").append(articleList(latest))
                .append("<p><a href=\"/articles\">All articles</a></p></section>");
        html(ctx, "Home", b.toString());
    }

    private void articles(Context ctx) {
        QueryParams p = new QueryParams(ctx);
        int offset = p.offset();
        int limit = p.limit();
        List<ArticleRow> rows = new ArrayList<>();
        api.articlesPage(offset, limit + 1, rows);
        StringBuilder b = new StringBuilder("<h1>Articles</h1>");
        b.append(articleList(rows.subList(0, Math.min(limit, rows.size()))));
        b.append(pager("/articles?", offset, limit, rows.size() > limit));
        html(ctx, "Articles", b.toString());
    }

    private static String articleList(List<ArticleRow> rows) {
        if (rows.isEmpty()) {
            return "<p>None.</p>";
        }
        StringBuilder b = new StringBuilder("<ul class=\"list\">");
        for (ArticleRow a : rows) {
            b.append("<li>").append(link("/articles/" + url(a.id()), title(a.title())))
                    .append(" <span class=\"meta\">").append(esc(a.source())).append(' ').append(esc(a.published()))
                    .append(" · ").append(a.entities()).append(" entities, ").append(a.events()).append(" events, ")
                    .append(a.quotes()).append(" quotes</span></li>");
        }
        return b.append("</ul>").toString();
    }

    private static String title(String t) {
        return t == null || t.isBlank() ? "(untitled)" : t;
    }

    private void article(Context ctx) {
        StoryRecord r = api.record(ctx.pathParam("id"));
        Map<String, Entity> entities = ArticleMarkup.entities(r);
        StringBuilder b = new StringBuilder();
        b.append("<article><h1>").append(esc(title(r.article().title()))).append("</h1><p class=\"meta\">")
                .append(esc(r.article().source())).append(' ').append(esc(r.article().published())).append(' ')
                .append(Markup.externalLink(r.article().url())).append("</p>");
        b.append("<p class=\"legend\">Marked in the text: <a class=\"ent\" href=\"#entities\">entity (underlined link)</a>, ")
                .append("<q class=\"quote\">quote (in quotation marks, italic)</q>, ")
                .append("<mark class=\"ev\">event evidence (boxed, ⚑)</mark>. Hover or focus a mark to see its fact.</p>");
        b.append("<div class=\"text\" id=\"text\">").append(ArticleMarkup.render(r)).append("</div></article>");
        b.append("<section id=\"entities\"><h2>Entities</h2><ul class=\"list\">");
        for (Entity e : r.entities()) {
            b.append("<li>").append(link(ArticleMarkup.entityPath(e), e.name())).append(" <span class=\"meta\">")
                    .append(esc(e.type().name())).append(e.country() != null ? " · " + esc(e.country()) : "")
                    .append(e.roles().isEmpty() ? "" : " · " + esc(String.join(", ", e.roles())))
                    .append(" · ").append(e.mentions().size()).append(" mentions</span></li>");
        }
        b.append("</ul></section><section id=\"events\"><h2>Events</h2><ul class=\"list\">");
        for (Event ev : r.events()) {
            b.append("<li>").append(esc(ArticleMarkup.eventFact(ev, entities)));
            if (ev.evidence() != null) {
                b.append(" · <a href=\"#ev-").append(esc(ev.id())).append("\">evidence</a>");
            }
            b.append(" · <a href=\"/events?type=").append(esc(url(ev.type().name())));
            if (!ev.source().isEmpty() && entities.containsKey(ev.source().get(0))) {
                b.append("&amp;actor=").append(esc(url(entities.get(ev.source().get(0)).name())));
            }
            b.append("\">same kind of event</a></li>");
        }
        b.append("</ul></section><section id=\"quotes\"><h2>Quotes</h2><ul class=\"list\">");
        for (Quote q : r.quotes()) {
            Entity who = q.speaker() == null ? null : entities.get(q.speaker());
            b.append("<li>").append(who == null ? "unknown speaker" : link(ArticleMarkup.entityPath(who), who.name()))
                    .append(": \u201c").append(esc(q.text())).append("\u201d · <a href=\"#q-").append(esc(q.id()))
                    .append("\">in the text</a></li>");
        }
        b.append("</ul></section><p><a href=\"/api/articles/").append(esc(url(r.article().id())))
                .append("\">This record as JSON</a></p>");
        html(ctx, title(r.article().title()), b.toString());
    }

    // ---- entities

    private void entities(Context ctx) {
        QueryParams p = new QueryParams(ctx);
        int offset = p.offset();
        int limit = p.limit();
        List<ActorRow> rows = api.entityRows(p.filter("q", ApiRoutes.ENTITY_TYPES, offset + limit + 1));
        StringBuilder b = new StringBuilder("<h1>Entities</h1>");
        b.append(form("/entities", ctx, new String[][] {{"q", "Name or alias"}, {"type", "Type (PERSON, ORGANIZATION, LOCATION, GROUP)"},
                {"country", "Country (ISO3)"}, {"text", "Articles containing"}}));
        List<ActorRow> page = rows.size() > offset ? rows.subList(offset, Math.min(rows.size(), offset + limit)) : List.of();
        b.append(actorList(page)).append(pager(query(ctx), offset, limit, rows.size() > offset + limit));
        html(ctx, "Entities", b.toString());
    }

    private static String actorList(List<ActorRow> rows) {
        if (rows.isEmpty()) {
            return "<p>None.</p>";
        }
        StringBuilder b = new StringBuilder("<ul class=\"list\">");
        for (ActorRow a : rows) {
            b.append("<li>").append(link("/entities/" + a.id(), a.name())).append(" <span class=\"meta\">")
                    .append(esc(a.type())).append(a.country() != null ? " · " + esc(a.country()) : "").append(" · ")
                    .append(a.articles()).append(" articles, ").append(a.mentions()).append(" mentions</span></li>");
        }
        return b.append("</ul>").toString();
    }

    private void entityByName(Context ctx) {
        QueryParams p = new QueryParams(ctx);
        String name = p.required("name");
        String type = p.code("type", ApiRoutes.ENTITY_TYPES);
        List<ActorRow> rows = api.entityRows(QueryFilter.all().withActor(name).withType(type).withLimit(20));
        if (rows.size() == 1) {
            ctx.redirect("/entities/" + rows.get(0).id());
            return;
        }
        if (rows.isEmpty()) {
            throw new NotFoundResponse("no entity goes by " + name);
        }
        html(ctx, name, "<h1>Several entities go by \u201c" + esc(name) + "\u201d</h1>" + actorList(rows));
    }

    /** Days of an actor's timeline its page shows, up to its latest event (the timeline view has them all). */
    static final int ENTITY_TIMELINE_DAYS = 60;

    private void entity(Context ctx) {
        ActorRow a = api.actor(ctx.pathParam("id"));
        String nameQ = url(a.name());
        StringBuilder b = new StringBuilder();
        b.append("<h1>").append(esc(a.name())).append("</h1><dl class=\"facts\"><dt>Type</dt><dd>").append(esc(a.type()))
                .append("</dd><dt>Country</dt><dd>").append(a.country() == null ? "unknown" : esc(a.country()))
                .append("</dd>").append(a.sector() == null ? "" : "<dt>Sector</dt><dd>" + esc(a.sector()) + "</dd>")
                .append("<dt>Also known as</dt><dd>").append(esc(String.join("; ", a.names()))).append("</dd>")
                .append("<dt>Named in</dt><dd>").append(a.articles()).append(" articles, ").append(a.mentions())
                .append(" mentions</dd></dl>");
        List<ArticleRow> articles = api.articlesNaming(a.id(), 20);
        List<String> roles = rolesOf(a);
        if (!roles.isEmpty()) {
            b.append("<p><strong>Roles:</strong> ").append(esc(String.join("; ", roles))).append("</p>");
        }
        b.append("<p><a href=\"/timeline?actor=").append(esc(nameQ)).append("\">Timeline</a> · <a href=\"/network?actor=")
                .append(esc(nameQ)).append("\">Network</a> · <a href=\"/quotes?speaker=").append(esc(nameQ))
                .append("\">Quotes</a> · <a href=\"/api/entities/").append(a.id()).append("\">JSON</a></p>");
        QueryFilter mine = QueryFilter.all().withActor(a.name());
        List<EventRow> events = api.entityEvents(a, mine.withLimit(40), null);
        // the timeline of the two months up to its latest event (the timeline view has the rest)
        String last = events.stream().map(EventRow::day).filter(d -> d != null && d.matches("\\d{4}-\\d{2}-\\d{2}"))
                .findFirst().orElse(null);
        QueryFilter recent = last == null ? mine : mine.withFrom(java.time.LocalDate.parse(last).minusDays(ENTITY_TIMELINE_DAYS - 1).toString());
        List<TimelineRow> days = api.timelineRows(recent.withLimit(1000));
        b.append("<section><h2>Timeline</h2>");
        if (last != null) {
            b.append("<p>The ").append(ENTITY_TIMELINE_DAYS).append(" days up to its latest event; <a href=\"/timeline?actor=")
                    .append(esc(nameQ)).append("\">the whole timeline</a>.</p>");
        }
        b.append(timelineTable(days)).append("</section>");
        List<EdgeRow> edges = api.edges(mine.withLimit(200));
        b.append("<section><h2>Who it dealt with</h2>");
        StringBuilder met = new StringBuilder();
        for (EdgeRow e : edges) {
            boolean out = e.source().id() == a.id();
            if (!out && e.target().id() != a.id()) {
                continue;
            }
            ActorRef other = out ? e.target() : e.source();
            met.append("<li>").append(out ? "\u2192 " : "\u2190 ").append(link("/entities/" + other.id(), other.name()))
                    .append(" <span class=\"meta\">").append(out ? "acted on, " : "was acted on by, ").append(e.events())
                    .append(" events: ").append(esc(types(e.types()))).append("</span></li>");
        }
        b.append(met.length() == 0 ? "<p>No one yet.</p>" : "<ul class=\"list\">" + met + "</ul>");
        b.append("</section><section><h2>What it said</h2>").append(quoteTable(api.entityQuotes(a, mine.withLimit(20))))
                .append("</section>");
        List<EventRow> did = events.stream().filter(e -> e.sources().stream().anyMatch(x -> x.id() == a.id())).limit(50).toList();
        List<EventRow> done = events.stream().filter(e -> e.targets().stream().anyMatch(x -> x.id() == a.id())).limit(50).toList();
        b.append("<section><h2>What it did</h2>").append(eventTable(did)).append("</section>");
        b.append("<section><h2>What was done to it</h2>").append(eventTable(done)).append("</section>");
        b.append("<section><h2>Articles naming it</h2>").append(articleList(articles)).append("</section>");
        html(ctx, a.name(), b.toString());
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Long> castTypes(Object types) {
        return (Map<String, Long>) types;
    }

    private static String types(Map<String, Long> types) {
        return types.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .map(t -> t.getKey() + " " + t.getValue()).collect(Collectors.joining(", "));
    }

    /** Roles the latest two articles naming the actor give it. */
    private List<String> rolesOf(ActorRow a) {
        return api.roles(a.id(), 2);
    }

    // ---- events, timeline

    private static String eventTable(List<EventRow> rows) {
        if (rows.isEmpty()) {
            return "<p>None.</p>";
        }
        StringBuilder b = new StringBuilder("<div class=\"scroll\"><table><thead><tr><th scope=\"col\">Date</th><th scope=\"col\">Event</th>"
                + "<th scope=\"col\">Who</th><th scope=\"col\">To whom</th><th scope=\"col\">Where</th><th scope=\"col\">Evidence</th></tr></thead><tbody>");
        for (EventRow e : rows) {
            b.append("<tr><td>").append(esc(e.date())).append("</td><td>").append(esc(e.type()))
                    .append(e.mode() == null ? "" : " / " + esc(e.mode())).append("</td><td>").append(actors(e.sources()))
                    .append("</td><td>").append(actors(e.targets())).append("</td><td>")
                    .append(e.location() == null ? "" : link("/entities/" + e.location().id(), e.location().name()))
                    .append("</td><td>");
            for (EventReport r : e.reports().stream().limit(3).toList()) {
                b.append("<blockquote>").append(esc(r.evidence())).append(" <a href=\"/articles/").append(esc(url(r.articleId())))
                        .append("#ev-").append(esc(r.localId())).append("\">").append(esc(title(r.title()))).append("</a></blockquote>");
            }
            if (e.reports().size() > 3) {
                b.append("<p class=\"meta\">and ").append(e.reports().size() - 3).append(" more reports</p>");
            }
            b.append("</td></tr>");
        }
        return b.append("</tbody></table></div>").toString();
    }

    private static String actors(List<ActorRef> refs) {
        return refs.stream().map(r -> link("/entities/" + r.id(), r.name())).collect(Collectors.joining(", "));
    }

    private void timeline(Context ctx) {
        QueryParams p = new QueryParams(ctx);
        List<TimelineRow> rows = api.timelineRows(p);
        StringBuilder b = new StringBuilder("<h1>Timeline</h1><p>Events by the day they happened.</p>");
        b.append(form("/timeline", ctx, filterFields()));
        b.append("<section id=\"timeline\">").append(timelineTable(rows)).append("</section>");
        List<EventRow> events = api.eventRows(p);
        b.append("<section><h2>Events</h2>").append(eventTable(events.stream().limit(p.limit()).toList())).append("</section>");
        html(ctx, "Timeline", b.toString());
    }

    private void events(Context ctx) {
        QueryParams p = new QueryParams(ctx);
        int offset = p.offset();
        int limit = p.limit();
        List<EventRow> rows = api.eventRows(p);
        StringBuilder b = new StringBuilder("<h1>Events</h1>");
        String[][] fields = filterFields();
        String[][] withPlace = java.util.Arrays.copyOf(fields, fields.length + 1);
        withPlace[fields.length] = new String[] {"location", "Place"};
        b.append(form("/events", ctx, withPlace));
        List<EventRow> page = rows.size() > offset ? rows.subList(offset, Math.min(rows.size(), offset + limit)) : List.of();
        b.append(eventTable(page)).append(pager(query(ctx), offset, limit, rows.size() > offset + limit));
        html(ctx, "Events", b.toString());
    }

    private static String[][] filterFields() {
        return new String[][] {{"actor", "Actor"}, {"type", "Event type (PLOVER, e.g. ASSAULT)"}, {"country", "Country (ISO3)"},
                {"from", "From (yyyy-mm-dd)"}, {"to", "To (yyyy-mm-dd)"}, {"text", "Articles containing"}};
    }

    /** Days down, events as bars drawn in SVG (sizes are attributes: no inline style under the CSP). */
    private static String timelineTable(List<TimelineRow> rows) {
        if (rows.isEmpty()) {
            return "<p>No events.</p>";
        }
        long max = rows.stream().mapToLong(TimelineRow::events).max().orElse(1);
        StringBuilder b = new StringBuilder("<div class=\"scroll\"><table class=\"timeline\"><thead><tr><th scope=\"col\">Day</th>"
                + "<th scope=\"col\">Event type</th><th scope=\"col\">Events</th><th scope=\"col\">Reports</th></tr></thead><tbody>");
        for (TimelineRow r : rows) {
            int w = (int) Math.max(2, 160 * r.events() / max);
            b.append("<tr><td>").append(esc(r.day())).append("</td><td><a href=\"/events?type=").append(esc(url(r.type())))
                    .append(r.day() != null && !r.day().equals("unknown") ? "&amp;from=" + esc(r.day()) + "&amp;to=" + esc(r.day()) : "")
                    .append("\">").append(esc(r.type())).append("</a></td><td><svg class=\"bar\" width=\"170\" height=\"14\" role=\"img\" aria-label=\"")
                    .append(r.events()).append(" events\"><rect x=\"0\" y=\"2\" height=\"10\" width=\"").append(w)
                    .append("\"></rect></svg> ").append(r.events()).append("</td><td>").append(r.reports()).append("</td></tr>");
        }
        return b.append("</tbody></table></div>").toString();
    }

    // ---- network

    private void network(Context ctx) {
        QueryParams p = new QueryParams(ctx);
        Map<String, Object> net = api.network(p);
        StringBuilder b = new StringBuilder("<h1>Actor network</h1><p>Who acted on whom: an arrow from actor to target, thicker for more events.</p>");
        b.append(form("/network", ctx, filterFields()));
        b.append("<div id=\"graph\" class=\"graph\" aria-label=\"Network graph: arrow keys step through the actors,"
                + " Enter opens the one chosen; the same edges are listed in the table below\" aria-describedby=\"graph-status\"></div>")
                .append("<p id=\"graph-status\" class=\"graph-status\" aria-live=\"polite\"></p>");
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> nodes = (List<Map<String, Object>>) net.get("nodes");
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> edges = (List<Map<String, Object>>) net.get("edges");
        Map<Object, String> names = new LinkedHashMap<>();
        Map<Object, String> kinds = new LinkedHashMap<>();
        nodes.forEach(n -> {
            names.put(n.get("id"), String.valueOf(n.get("name")));
            kinds.put(n.get("id"), String.valueOf(n.get("type")));
        });
        b.append("<section><h2>Edges</h2>");
        if (edges.isEmpty()) {
            b.append("<p>No events between actors.</p>");
        } else {
            b.append("<div class=\"scroll\"><table id=\"edges\"><thead><tr><th scope=\"col\">Actor</th><th scope=\"col\">Target</th>")
                    .append("<th scope=\"col\">Events</th><th scope=\"col\">By type</th></tr></thead><tbody>");
            for (Map<String, Object> e : edges) {
                b.append("<tr data-source=\"").append(e.get("source")).append("\" data-target=\"").append(e.get("target"))
                        .append("\" data-events=\"").append(e.get("events")).append("\" data-source-kind=\"")
                        .append(esc(kinds.get(e.get("source")))).append("\" data-target-kind=\"").append(esc(kinds.get(e.get("target"))))
                        .append("\"><td>").append(link("/entities/" + e.get("source"), names.get(e.get("source")))).append("</td><td>")
                        .append(link("/entities/" + e.get("target"), names.get(e.get("target")))).append("</td><td>")
                        .append(e.get("events")).append("</td><td>").append(esc(types(castTypes(e.get("types"))))).append("</td></tr>");
            }
            b.append("</tbody></table></div>");
        }
        b.append("</section>");
        html(ctx, "Network", b.toString(), "/webjars/cytoscape/3.33.1/dist/cytoscape.min.js", "/static/network.js");
    }

    // ---- quotes, search

    private void quotes(Context ctx) {
        QueryParams p = new QueryParams(ctx);
        int offset = p.offset();
        int limit = p.limit();
        List<QuoteRow> rows = api.quoteRows(p);
        StringBuilder b = new StringBuilder("<h1>Quotes</h1><p>Who said what.</p>");
        b.append(form("/quotes", ctx, new String[][] {{"speaker", "Speaker"}, {"text", "Words of the quote"},
                {"type", "Kind (DIRECT, PARTIAL, INDIRECT)"}, {"country", "Speaker's country (ISO3)"}, {"from", "From"}, {"to", "To"}}));
        List<QuoteRow> page = rows.size() > offset ? rows.subList(offset, Math.min(rows.size(), offset + limit)) : List.of();
        b.append(quoteTable(page)).append(pager(query(ctx), offset, limit, rows.size() > offset + limit));
        html(ctx, "Quotes", b.toString());
    }

    private static String quoteTable(List<QuoteRow> rows) {
        if (rows.isEmpty()) {
            return "<p>None.</p>";
        }
        StringBuilder b = new StringBuilder("<ul class=\"quotes\">");
        for (QuoteRow q : rows) {
            b.append("<li><blockquote>\u201c").append(esc(q.text())).append("\u201d</blockquote><p class=\"meta\">")
                    .append(q.speaker() == null ? "unknown speaker" : link("/entities/" + q.speaker().id(), q.speaker().name()))
                    .append(q.cue() == null ? "" : " (" + esc(q.cue()) + ")").append(" · ").append(esc(q.kind())).append(" · ")
                    .append(link("/articles/" + url(q.articleId()), title(q.title()))).append(' ').append(esc(q.published()))
                    .append("</p></li>");
        }
        return b.append("</ul>").toString();
    }

    private void search(Context ctx) {
        QueryParams p = new QueryParams(ctx);
        String q = p.text("q");
        StringBuilder b = new StringBuilder("<h1>Search</h1>");
        if (q == null) {
            b.append("<p>Type words in the search box: names, places, words of articles or quotes.</p>");
        } else {
            b.append("<p>Results for \u201c").append(esc(q)).append("\u201d</p>");
            b.append("<section><h2>Entities</h2>").append(actorList(api.entityRows(QueryFilter.all().withActor(q).withLimit(20))))
                    .append("</section><section><h2>Articles</h2>");
            List<SearchHit> hits = api.searchHits(q, 30, 0);
            if (hits.isEmpty()) {
                b.append("<p>None.</p>");
            } else {
                b.append("<ul class=\"list\">");
                for (SearchHit h : hits.stream().limit(30).toList()) {
                    b.append("<li>").append(link("/articles/" + url(h.articleId()), title(h.title()))).append("<p class=\"snippet\">")
                            .append(snippet(h.snippet())).append("</p></li>");
                }
                b.append("</ul>");
            }
            b.append("</section><section><h2>Quotes</h2>").append(quoteTable(api.quoteRows(q, 20))).append("</section>");
        }
        html(ctx, "Search", b.toString());
    }

    /** A snippet with its [matched] words in {@code <mark>}, escaped. */
    static String snippet(String s) {
        if (s == null) {
            return "";
        }
        return esc(s).replace("[", "<mark>").replace("]", "</mark>");
    }

    // ---- forms, paging, API docs

    private static String form(String action, Context ctx, String[][] fields) {
        StringBuilder b = new StringBuilder("<form class=\"filters\" method=\"get\" action=\"").append(esc(action)).append("\">");
        for (String[] f : fields) {
            String id = "f-" + f[0];
            b.append("<div class=\"field\"><label for=\"").append(id).append("\">").append(esc(f[1])).append("</label><input id=\"")
                    .append(id).append("\" name=\"").append(esc(f[0])).append("\" value=\"").append(esc(ctx.queryParam(f[0])))
                    .append("\" maxlength=\"200\"></div>");
        }
        return b.append("<button type=\"submit\">Apply</button></form>").toString();
    }

    private static String query(Context ctx) {
        String params = ctx.queryParamMap().entrySet().stream().filter(e -> !e.getKey().equals("offset"))
                .flatMap(e -> e.getValue().stream().map(v -> url(e.getKey()) + "=" + url(v))).collect(Collectors.joining("&"));
        return ctx.path() + "?" + (params.isEmpty() ? "" : params + "&");
    }

    private static String pager(String base, int offset, int limit, boolean more) {
        StringBuilder b = new StringBuilder("<nav class=\"pager\" aria-label=\"Pages\">");
        if (offset > 0) {
            b.append(link(base + "offset=" + Math.max(0, offset - limit), "\u2190 Previous")).append(' ');
        }
        if (more) {
            b.append(link(base + "offset=" + (offset + limit), "Next \u2192"));
        }
        return b.append("</nav>").toString();
    }

    /** The endpoint list, read from the OpenAPI document itself. */
    private static String apiDocs(String openApi) {
        JsonNode doc;
        try {
            doc = RecordCodec.mapper().readTree(openApi);
        } catch (java.io.IOException e) {
            throw new IllegalStateException("openapi.json is not JSON", e);
        }
        StringBuilder b = new StringBuilder("<h1>API</h1><p>").append(esc(doc.path("info").path("description").asText()))
                .append("</p><p>The machine-readable document: <a href=\"/openapi.json\">/openapi.json</a> (OpenAPI ")
                .append(esc(doc.path("openapi").asText())).append(").</p>");
        for (Iterator<Map.Entry<String, JsonNode>> it = doc.path("paths").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> path = it.next();
            JsonNode get = path.getValue().path("get");
            b.append("<section class=\"endpoint\"><h2><code>GET ").append(esc(path.getKey())).append("</code></h2><p>")
                    .append(esc(get.path("summary").asText())).append("</p>");
            if (get.path("parameters").size() > 0) {
                b.append("<table><thead><tr><th scope=\"col\">Parameter</th><th scope=\"col\">In</th><th scope=\"col\">Description</th></tr></thead><tbody>");
                for (JsonNode prm : get.path("parameters")) {
                    JsonNode resolved = prm.has("$ref") ? doc.at(prm.get("$ref").asText().substring(1)) : prm;
                    b.append("<tr><td><code>").append(esc(resolved.path("name").asText())).append("</code></td><td>")
                            .append(esc(resolved.path("in").asText())).append("</td><td>")
                            .append(esc(resolved.path("description").asText())).append("</td></tr>");
                }
                b.append("</tbody></table>");
            }
            b.append("</section>");
        }
        return b.toString();
    }
}
