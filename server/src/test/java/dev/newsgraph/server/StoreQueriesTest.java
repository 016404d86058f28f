package dev.newsgraph.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsgraph.server.Paging.Slice;
import dev.newsgraph.store.ActorRow;
import dev.newsgraph.store.ArticleRow;
import dev.newsgraph.store.EventRow;
import dev.newsgraph.store.QueryFilter;
import dev.newsgraph.store.QuoteRow;
import dev.newsgraph.store.TimelineRow;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The query service over a real store filled by the real analyzer from the fixture articles (no HTTP). */
class StoreQueriesTest {
    private static StorePool pool;
    private static StoreQueries queries;

    @BeforeAll
    static void open() throws Exception {
        pool = new StorePool(FixtureStore.get().toString(), "requests", 2, java.time.Duration.ofSeconds(5),
                java.time.Duration.ofSeconds(10));
        queries = new StoreQueries(pool, pool);
    }

    @AfterAll
    static void close() {
        pool.close();
    }

    private static ActorRow zelenskiy() {
        List<ActorRow> found = queries.actors(QueryFilter.all().withActor("Zelenskiy").withLimit(5));
        assertEquals(1, found.size(), found.toString());
        return found.get(0);
    }

    @Test
    void articlesComeInPagesThatJoinUp() {
        Slice<ArticleRow> all = queries.articles(new Paging(0, 50));
        assertEquals(3, all.items().size());
        assertFalse(all.more());
        assertEquals(3, queries.articleCount());
        Slice<ArticleRow> first = queries.articles(new Paging(0, 2));
        assertEquals(2, first.items().size());
        assertTrue(first.more(), "one more row tells of a next page");
        Slice<ArticleRow> second = queries.articles(new Paging(2, 2));
        assertEquals(List.of(all.items().get(2)), second.items());
        assertFalse(second.more());
        assertEquals(0, queries.articles(new Paging(10, 2)).items().size());
    }

    @Test
    void oneRecordByIdAndMissingOrMalformedIdsAreTold() {
        String id = queries.searchArticles("Kharkiv shelled", new Paging(0, 5)).items().get(0).articleId();
        assertEquals(FixtureStore.KHARKIV_TITLE, queries.record(id).article().title());
        assertThrows(NotFound.class, () -> queries.record("sha256:0000"));
        assertThrows(BadRequest.class, () -> queries.record("x".repeat(201)));
        assertThrows(BadRequest.class, () -> queries.actor("zelenskiy"));
        assertThrows(NotFound.class, () -> queries.actor("987654"));
    }

    @Test
    void anActorAcrossArticlesWithItsQuotesAndEvents() {
        ActorRow a = zelenskiy();
        assertEquals(a, queries.actor(Long.toString(a.id())));
        assertEquals(2, queries.articlesNaming(a.id(), 10).size(), "named in two articles, linked as one actor");
        List<QuoteRow> said = queries.quotesOf(a, QueryFilter.all().withLimit(50));
        assertFalse(said.isEmpty());
        said.forEach(q -> assertEquals(a.id(), q.speaker().id()));
        Slice<QuoteRow> page = queries.quotesOf(a, QueryFilter.all(), new Paging(0, 1));
        assertEquals(1, page.items().size());
        List<EventRow> events = queries.eventsOf(a, QueryFilter.all().withLimit(50));
        assertFalse(events.isEmpty(), "Zelenskiy takes part in the Kyiv meeting");
    }

    @Test
    void theProfileGathersWhatTheActorsPageShows() {
        ActorRow a = zelenskiy();
        StoreQueries.Profile p = queries.profile(a);
        assertEquals(a, p.actor());
        assertFalse(p.days().isEmpty());
        assertNotNull(p.recentFrom(), "it has dated events, so only the days up to the latest are there");
        assertTrue(p.dealtWith().stream().anyMatch(c -> c.other().name().equals("Emmanuel Macron")), p.dealtWith().toString());
        assertTrue(p.said().stream().anyMatch(q -> q.text().contains("terror against ordinary people")));
        p.did().forEach(e -> assertTrue(e.sources().stream().anyMatch(r -> r.id() == a.id())));
        p.done().forEach(e -> assertTrue(e.targets().stream().anyMatch(r -> r.id() == a.id())));
        assertEquals(2, p.articles().size());
    }

    @Test
    void theTimelineCountsEveryEventAndTheNetworkNodesAreTheEdgesActors() {
        long days = queries.timeline(QueryFilter.all().withLimit(1000)).stream().mapToLong(TimelineRow::events).sum();
        List<EventRow> events = queries.events(QueryFilter.all(), null, new Paging(0, 500)).items();
        assertEquals(events.size(), days);
        StoreQueries.Network net = queries.network(QueryFilter.all().withLimit(100));
        assertFalse(net.edges().isEmpty());
        Set<Long> ids = net.nodes().stream().map(StoreQueries.Node::id).collect(Collectors.toSet());
        Map<Long, Long> weight = new HashMap<>();
        for (StoreQueries.Link l : net.edges()) {
            assertTrue(ids.contains(l.source()) && ids.contains(l.target()));
            weight.merge(l.source(), l.events(), Long::sum);
            weight.merge(l.target(), l.events(), Long::sum);
        }
        net.nodes().forEach(n -> assertEquals(weight.get(n.id()), n.events(), n.name()));
    }

    @Test
    void eventsByPlaceKeepOnlyThatPlace() {
        queries.events(QueryFilter.all(), "kharkiv", new Paging(0, 50)).items()
                .forEach(e -> assertTrue(e.location().name().toLowerCase().contains("kharkiv")));
        assertTrue(queries.events(QueryFilter.all(), "nowhere at all", new Paging(0, 50)).items().isEmpty());
        assertTrue(queries.events(QueryFilter.all().withFrom("2030-01-01"), null, new Paging(0, 50)).items().isEmpty());
    }

    @Test
    void aSearchFindsActorsArticlesAndQuotes() {
        StoreQueries.Found found = queries.search("Macron", 10, 10, 10);
        assertFalse(found.entities().isEmpty());
        assertFalse(found.articles().isEmpty());
        assertFalse(found.quotes().isEmpty());
        List<QuoteRow> terror = queries.quotesSaidOrHolding("terror", 5);
        assertEquals(1, terror.size());
        assertEquals(1, queries.search("Macron", 1, 1, 1).articles().size());
    }
}
