package dev.newsgraph.server;

import dev.newsgraph.model.StoryRecord;
import dev.newsgraph.server.Paging.Slice;
import dev.newsgraph.store.ActorRef;
import dev.newsgraph.store.ActorRow;
import dev.newsgraph.store.ArticleRow;
import dev.newsgraph.store.EdgeRow;
import dev.newsgraph.store.EventRow;
import dev.newsgraph.store.PlaceRow;
import dev.newsgraph.store.QueryFilter;
import dev.newsgraph.store.QuoteRow;
import dev.newsgraph.store.SearchHit;
import dev.newsgraph.store.Store;
import dev.newsgraph.store.TimelineRow;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

/**
 * What the REST API and the web pages ask of the store, answered as typed values: both go
 * through here, so that a view and its JSON route show the same rows by the same rules. The
 * API turns the answers into JSON, the pages into HTML by their templates; nothing here knows
 * of either (a missing id is {@link NotFound}, a malformed one {@link BadRequest}).
 */
final class StoreQueries {
    /** Days of an actor's timeline its profile holds, up to its latest event (the timeline view has them all). */
    static final int PROFILE_TIMELINE_DAYS = 60;
    /** Rows a filter on a place's name scans, as places are matched after the store's query. */
    private static final int PLACE_SCAN = 20_000;

    private final StorePool pool;
    private final StorePool exports;

    /**
     * @param pool    the handles of the answers made whole before they are sent (pages, rows, records)
     * @param exports the handles of the answers streamed to the client as they are read, for as long as
     *                the client takes: kept apart, so that slow downloads never hold the others' handles
     */
    StoreQueries(StorePool pool, StorePool exports) {
        this.pool = pool;
        this.exports = exports;
    }

    /** Articles stored. */
    long articleCount() {
        return pool.read(Store::articleCount);
    }

    // ---- articles

    /** Stored articles, latest first. */
    Slice<ArticleRow> articles(Paging page) {
        List<ArticleRow> rows = new ArrayList<>();
        pool.read(s -> {
            s.articles(page.offset(), page.limit() + 1, rows::add);
            return null;
        });
        return page.from(rows);
    }

    /** Full-text hits, best first, with their matched words in {@code [brackets]}. */
    Slice<SearchHit> searchArticles(String words, Paging page) {
        List<SearchHit> rows = new ArrayList<>();
        pool.read(s -> {
            s.search(words, page.rows(), rows::add);
            return null;
        });
        return page.of(rows);
    }

    /** One whole record. */
    StoryRecord record(String id) {
        if (id.length() > 200) {
            throw new BadRequest("article id is too long");
        }
        return pool.read(s -> s.record(id)).orElseThrow(() -> new NotFound("no article with id " + id));
    }

    /** Every record, in store order, one at a time (for streaming). */
    void eachRecord(Consumer<StoryRecord> each) {
        exports.read(s -> {
            s.records(each);
            return null;
        });
    }

    /** The rows one store query hands over, collected on a pooled connection. */
    private <T> List<T> collect(java.util.function.BiConsumer<Store, java.util.function.Consumer<T>> query) {
        List<T> rows = new ArrayList<>();
        pool.read(s -> {
            query.accept(s, rows::add);
            return null;
        });
        return rows;
    }

    // ---- actors

    /** Actors found by the filter (its actor: a name or alias), most named first, as many as its limit. */
    List<ActorRow> actors(QueryFilter f) {
        return collect((s, each) -> s.entities(f, each));
    }

    Slice<ActorRow> actors(QueryFilter f, Paging page) {
        return page.of(actors(f.withLimit(page.rows())));
    }

    /** The actor with the id a path gives. */
    ActorRow actor(String idText) {
        long id;
        try {
            id = Long.parseLong(idText);
        } catch (NumberFormatException e) {
            throw new BadRequest("entity id must be a number: " + idText);
        }
        return pool.read(s -> s.actor(id)).orElseThrow(() -> new NotFound("no entity with id " + id));
    }

    /** The latest articles naming an actor. */
    List<ArticleRow> articlesNaming(long actorId, int limit) {
        return collect((s, each) -> s.articlesNaming(actorId, limit, each));
    }

    /** The roles the latest {@code articles} articles naming an actor give it. */
    List<String> roles(long actorId, int articles) {
        return pool.read(s -> s.roles(actorId, articles));
    }

    /**
     * Quotes the actor said among those the filter finds (its actor set to the actor's name, which
     * may find others going by the same name: those are left out, so the filter's limit is a bound
     * on rows looked at, not on rows answered).
     */
    List<QuoteRow> quotesOf(ActorRow a, QueryFilter filter) {
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

    /** A page of the actor's quotes (looking at twice the rows, as others may share its name). */
    Slice<QuoteRow> quotesOf(ActorRow a, QueryFilter f, Paging page) {
        return page.of(quotesOf(a, f.withLimit(2 * page.rows())));
    }

    /** Events the actor takes part in (as actor, target or place) among those the filter finds. */
    List<EventRow> eventsOf(ActorRow a, QueryFilter filter) {
        QueryFilter f = filter.withActor(a.name());
        List<EventRow> rows = new ArrayList<>();
        pool.read(s -> {
            s.events(f, e -> {
                if (acts(e, a.id()) || suffers(e, a.id()) || e.location() != null && e.location().id() == a.id()) {
                    rows.add(e);
                }
            });
            return null;
        });
        return rows;
    }

    /** A page of the actor's events (looking at twice the rows, as others may share its name). */
    Slice<EventRow> eventsOf(ActorRow a, QueryFilter f, Paging page) {
        return page.of(eventsOf(a, f.withLimit(2 * page.rows())));
    }

    private static boolean acts(EventRow e, long actor) {
        return e.sources().stream().anyMatch(r -> r.id() == actor);
    }

    private static boolean suffers(EventRow e, long actor) {
        return e.targets().stream().anyMatch(r -> r.id() == actor);
    }

    /**
     * Everything an actor's page shows: its roles, its timeline (the days up to its latest event),
     * whom it dealt with, what it said, did and had done to it, and the articles naming it.
     *
     * @param recentFrom the first day of {@code days} where only the latest days are there, else null
     */
    record Profile(ActorRow actor, List<String> roles, List<TimelineRow> days, String recentFrom,
                   List<Counterpart> dealtWith, List<QuoteRow> said, List<EventRow> did, List<EventRow> done,
                   List<ArticleRow> articles) {
    }

    /** Another actor in events with this one: {@code acted} where this one acted on it, else it on this one. */
    record Counterpart(ActorRef other, boolean acted, long events, Map<String, Long> types) {
    }

    Profile profile(ActorRow a) {
        QueryFilter mine = QueryFilter.all().withActor(a.name());
        List<EventRow> events = eventsOf(a, mine.withLimit(40));
        // the days up to its latest event: an actor in the news for years has too many days for one page
        String last = events.stream().map(EventRow::day).filter(d -> d != null && d.matches("\\d{4}-\\d{2}-\\d{2}"))
                .findFirst().orElse(null);
        String from = last == null ? null : LocalDate.parse(last).minusDays(PROFILE_TIMELINE_DAYS - 1).toString();
        List<TimelineRow> days = timeline((from == null ? mine : mine.withFrom(from)).withLimit(1000));
        List<Counterpart> met = new ArrayList<>();
        for (EdgeRow e : edges(mine.withLimit(200))) {
            boolean out = e.source().id() == a.id();
            if (out || e.target().id() == a.id()) {
                met.add(new Counterpart(out ? e.target() : e.source(), out, e.events(), e.types()));
            }
        }
        return new Profile(a, roles(a.id(), 2), days, from, met, quotesOf(a, mine.withLimit(20)),
                events.stream().filter(e -> acts(e, a.id())).limit(50).toList(),
                events.stream().filter(e -> suffers(e, a.id())).limit(50).toList(),
                articlesNaming(a.id(), 20));
    }

    // ---- events, quotes, timeline, network

    /** Events the filter finds, at {@code location} where given (a part of a place's name, any case). */
    Slice<EventRow> events(QueryFilter filter, String location, Paging page) {
        int want = page.rows();
        QueryFilter f = filter.withLimit(location == null ? want : PLACE_SCAN);
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
        return page.of(rows);
    }

    /** Every event the filter finds, one at a time (for streaming). */
    void eachEvent(QueryFilter f, Consumer<EventRow> each) {
        exports.read(s -> {
            s.events(f, each);
            return null;
        });
    }

    Slice<QuoteRow> quotes(QueryFilter f, Paging page) {
        List<QuoteRow> rows = new ArrayList<>();
        QueryFilter bounded = f.withLimit(page.rows());
        pool.read(s -> {
            s.quotes(bounded, rows::add);
            return null;
        });
        return page.of(rows);
    }

    /** Events per day and type. */
    List<TimelineRow> timeline(QueryFilter f) {
        return collect((s, each) -> s.timeline(f, each));
    }

    /** The places of the located events the filter keeps, most events first. */
    /** What {@code watch} knows of each source it follows (empty where the store was never watched into). */
    List<dev.newsgraph.store.SourceState> sources() {
        return collect((s, each) -> s.sources(each));
    }

    List<PlaceRow> places(QueryFilter f) {
        return collect((s, each) -> s.places(f, each));
    }

    /** Actor pairs with their events, heaviest first. */
    List<EdgeRow> edges(QueryFilter f) {
        return collect((s, each) -> s.network(f, each));
    }

    /** The actor network: the actors of the edges (with the events of their edges) and the edges. */
    record Network(List<Node> nodes, List<Link> edges) {
    }

    record Node(long id, String name, String type, String country, long events) {
    }

    record Link(long source, long target, long events, Map<String, Long> types) {
    }

    Network network(QueryFilter f) {
        Map<Long, ActorRef> actors = new LinkedHashMap<>();
        Map<Long, Long> events = new LinkedHashMap<>();
        List<Link> links = new ArrayList<>();
        for (EdgeRow e : edges(f)) {
            for (ActorRef a : List.of(e.source(), e.target())) {
                actors.putIfAbsent(a.id(), a);
                events.merge(a.id(), e.events(), Long::sum);
            }
            links.add(new Link(e.source().id(), e.target().id(), e.events(), e.types()));
        }
        List<Node> nodes = actors.values().stream()
                .map(a -> new Node(a.id(), a.name(), a.type(), a.country(), events.get(a.id()))).toList();
        return new Network(nodes, links);
    }

    // ---- everything at once

    /** What a search over everything finds. */
    record Found(List<ActorRow> entities, List<SearchHit> articles, List<QuoteRow> quotes) {
    }

    Found search(String words, int entities, int articles, int quotes) {
        return new Found(actors(QueryFilter.all().withActor(words).withLimit(entities)),
                searchArticles(words, new Paging(0, articles)).items(), quotesSaidOrHolding(words, quotes));
    }

    /** Quotes said by an actor going by {@code words}, then quotes holding the words. */
    List<QuoteRow> quotesSaidOrHolding(String words, int limit) {
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
        return rows.size() > limit ? List.copyOf(rows.subList(0, limit)) : rows;
    }
}
