package dev.newsgraph.collect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsgraph.collect.http.LoopbackSite;
import dev.newsgraph.collect.http.NormalUrl;
import dev.newsgraph.collect.http.PoliteFetcher;
import dev.newsgraph.collect.http.Politeness;
import dev.newsgraph.model.Article;
import dev.newsgraph.model.Provenance;
import dev.newsgraph.model.StoryRecord;
import dev.newsgraph.reading.InputReader;
import dev.newsgraph.store.ArticleRow;
import dev.newsgraph.store.SeenItem;
import dev.newsgraph.store.SourceState;
import dev.newsgraph.store.Store;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Rounds of watching real loopback servers into a real SQLite store. */
class WatcherTest {
    private static final Politeness FAST = Politeness.defaults(Politeness.userAgent("0.1.0", null))
            .withHostDelay(Duration.ZERO)
            .withTimeouts(Duration.ofSeconds(5), Duration.ofSeconds(10))
            .withRetries(1, Duration.ofMillis(20));
    private static final InputReader READER = new InputReader();
    /** No linguistic analysis: the article alone is the record (the collector's work ends at the store). */
    private static final Function<Article, StoryRecord> ARTICLE_ONLY =
            a -> StoryRecord.of(a, new Provenance("0.1.0", List.of(), Map.of()));

    @TempDir
    Path dir;
    LoopbackSite site;
    final List<String> log = new CopyOnWriteArrayList<>();
    final List<String> items = new ArrayList<>(List.of("harbour", "budget", "bridge"));

    @BeforeEach
    void start() throws IOException {
        site = new LoopbackSite();
        site.page("/feed.xml", x -> {
            x.getResponseHeaders().set("ETag", "\"" + items.size() + "\"");
            if (("\"" + items.size() + "\"").equals(x.getRequestHeaders().getFirst("If-None-Match"))) {
                LoopbackSite.send(x, 304, null, new byte[0]);
            } else {
                LoopbackSite.send(x, 200, "application/rss+xml", feed());
            }
        });
        for (String name : List.of("harbour", "budget", "bridge", "strike")) {
            site.page("/news/" + name, "text/html; charset=utf-8", page(name));
        }
    }

    @AfterEach
    void stop() {
        site.close();
    }

    private String feed() {
        StringBuilder b = new StringBuilder("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Loopback News</title>");
        for (String name : items) {
            // feeds tag their links for analytics: the tracking parameters must not make a second article
            b.append("<item><title>").append(name).append("</title><link>").append(site.url("/news/" + name))
                    .append("?utm_source=rss&amp;utm_medium=feed#top</link><description>teaser</description></item>");
        }
        return b.append("</channel></rss>").toString();
    }

    static String page(String name) {
        String s = "The " + name + " story of the day. ";
        return "<html><head><title>" + name + " news</title></head><body><nav>Home | World | Sport</nav><article><h1>"
                + name + " news</h1><p>" + s.repeat(3) + "Officials said on Tuesday that the " + name
                + " plan would go ahead despite objections from residents, who had gathered outside the town hall.</p><p>"
                + "The council voted seven to two in favour after a debate that lasted more than four hours, and the"
                + " mayor said work on the " + name + " would begin in the spring.</p></article></body></html>";
    }

    private Watcher watcher(Store store, Function<Article, StoryRecord> analysis) {
        return new Watcher(store, new PoliteFetcher(FAST), READER, analysis, 4, log::add);
    }

    private Store store() {
        return Store.open(dir.resolve("store").toString(), true);
    }

    @Test
    void aFeedsItemsAreStoredOnceAcrossRoundsAndANewItemOnTheNextRound() throws Exception {
        String feed = site.url("/feed.xml");
        try (Store store = store()) {
            Watcher w = watcher(store, ARTICLE_ONLY);
            List<RoundReport> soFar = java.util.Collections.synchronizedList(new java.util.ArrayList<>());
            RoundReport first = w.round(List.of(feed), soFar::add);
            assertEquals(new RoundReport(1, 1, 0, 0, 3, 3, 0, first.took()), first, log.toString());
            // told after each article stored and after the source: 1, 2, 3 stored, then the source done
            assertEquals(List.of(1, 2, 3, 3), soFar.stream().map(RoundReport::stored).toList());
            assertEquals(1, soFar.get(soFar.size() - 1).sources());
            RoundReport second = w.round(List.of(feed));
            assertEquals(new RoundReport(1, 0, 1, 0, 0, 0, 0, second.took()), second);
            assertEquals("\"3\"", site.requestsFor("/feed.xml").get(1).headers().getFirst("If-None-Match"),
                    "the second round asks conditionally");
            assertEquals(3, store.articleCount());
            for (String name : List.of("harbour", "budget", "bridge")) {
                assertEquals(1, site.requestsFor("/news/" + name).size(), name + " fetched once");
            }
            List<String> urls = new ArrayList<>();
            store.articles(a -> urls.add(a.url()));
            assertEquals(List.of(site.url("/news/harbour"), site.url("/news/budget"), site.url("/news/bridge")), urls,
                    "each article keeps the URL it was fetched by, in normal form");

            items.add("strike");
            RoundReport third = w.round(List.of(feed));
            assertEquals(1, third.newItems());
            assertEquals(1, third.stored());
            assertEquals(4, store.articleCount());
            SourceState s = store.source(feed).orElseThrow();
            assertEquals("feed", s.kind());
            assertEquals(0, s.failures());
            assertEquals("\"4\"", s.etag());
        }
    }

    /** Thrown by the analysis to stand for the process dying between fetching an item and storing it. */
    static final class Killed extends Error {
    }

    @Test
    void aRunKilledBetweenFetchAndStoreLosesNothingAndStoresNothingTwiceOnRestart() throws Exception {
        String feed = site.url("/feed.xml");
        int[] analysed = {0};
        try (Store store = store()) {
            Watcher dying = watcher(store, a -> {
                if (++analysed[0] == 2) {
                    throw new Killed();
                }
                return ARTICLE_ONLY.apply(a);
            });
            assertThrows(Killed.class, () -> {
                try {
                    dying.round(List.of(feed));
                } catch (IllegalStateException e) {
                    throw e.getCause();
                }
            });
            assertEquals(1, store.articleCount());
        }
        try (Store reopened = store()) {
            RoundReport again = watcher(reopened, ARTICLE_ONLY).round(List.of(feed));
            assertEquals(1, again.notModified(), "the feed's validators were kept");
            assertEquals(2, again.stored(), "the two unfinished items were finished");
            assertEquals(3, reopened.articleCount());
            RoundReport quiet = watcher(reopened, ARTICLE_ONLY).round(List.of(feed));
            assertEquals(0, quiet.stored());
            List<String> ids = new ArrayList<>();
            reopened.articles(a -> ids.add(a.id()));
            assertEquals(3, ids.stream().distinct().count());
            for (String name : List.of("harbour", "budget", "bridge")) {
                assertEquals(SeenItem.State.STORED, reopened.item(site.url("/news/" + name)).orElseThrow().state());
            }
        }
    }

    @Test
    void hostileSourcesCostOnlyThemselves() throws Exception {
        site.page("/garbage.xml", "application/rss+xml", "\u0001\u0002\u0000 not a feed at all");
        site.page("/slow.xml", x -> {
            x.sendResponseHeaders(200, 0);
            OutputStream out = x.getResponseBody();
            for (int i = 0; i < 120; i++) {
                out.write(' ');
                out.flush();
                try {
                    Thread.sleep(250);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        site.page("/endless.xml", x -> {
            x.sendResponseHeaders(200, 0);
            byte[] chunk = "<rss><channel>".repeat(4000).getBytes();
            try (OutputStream out = x.getResponseBody()) {
                for (int i = 0; i < 100_000; i++) {
                    out.write(chunk);
                }
            }
        });
        List<String> sources = List.of(site.url("/garbage.xml"), site.url("/slow.xml"), site.url("/endless.xml"),
                site.url("/feed.xml"));
        try (Store store = store()) {
            Watcher w = new Watcher(store, new PoliteFetcher(FAST.withMaxBytes(1024 * 1024)
                    .withTimeouts(Duration.ofSeconds(5), Duration.ofSeconds(3)).withRetries(0, Duration.ZERO)),
                    READER, ARTICLE_ONLY, 4, log::add);
            RoundReport r = w.round(sources);
            assertEquals(3, r.stored(), "the good feed's items are stored: " + log);
            assertEquals(3, r.errors(), log.toString());
            for (String bad : sources.subList(0, 3)) {
                assertTrue(log.stream().anyMatch(l -> l.startsWith(bad + ": ") && !l.contains("\n")), bad + " in " + log);
                SourceState s = store.source(bad).orElseThrow();
                assertEquals(1, s.failures());
                assertTrue(s.notBefore() != null && s.lastError() != null, s.toString());
            }
            RoundReport next = w.round(sources);
            assertEquals(3, next.waiting(), "failed sources wait their turn");
        }
    }

    @Test
    void aBrokenFeedStillYieldsItsReadableItems() throws Exception {
        // the second item's title is never closed and a CDATA section is left open before the last
        String broken = "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Wire</title>"
                + "<item><title>harbour</title><link>" + site.url("/news/harbour") + "</link></item>"
                + "<item><title>budget<link>" + site.url("/news/budget") + "</link></item>"
                + "<item><description><![CDATA[teaser</description></item>"
                + "<item><title>bridge</title><link>" + site.url("/news/bridge") + "</link></item>"
                + "</channel></rss>";
        site.page("/broken.xml", "application/rss+xml", broken);
        try (Store store = store()) {
            RoundReport r = watcher(store, ARTICLE_ONLY).round(List.of(site.url("/broken.xml")));
            for (String name : List.of("harbour", "bridge")) {
                assertEquals(SeenItem.State.STORED, store.item(site.url("/news/" + name)).orElseThrow().state(),
                        name + ": " + log);
            }
            assertTrue(r.stored() >= 2, r + " " + log);
        }
    }

    @Test
    void aPageGoneIsGivenUpWithItsReasonAndNotAskedForAgain() throws Exception {
        items.add("gone");
        String feed = site.url("/feed.xml");
        try (Store store = store()) {
            Watcher w = watcher(store, ARTICLE_ONLY);
            RoundReport r = w.round(List.of(feed));
            assertEquals(3, r.stored());
            assertEquals(1, r.errors());
            SeenItem gone = store.item(site.url("/news/gone")).orElseThrow();
            assertEquals(SeenItem.State.GIVEN_UP, gone.state());
            assertEquals("HTTP 404", gone.reason());
            items.add("strike");
            w.round(List.of(feed));
            assertEquals(1, site.requestsFor("/news/gone").size());
        }
    }

    @Test
    void aNewsSitemapsArticlesAreStored() throws Exception {
        site.page("/sitemap-news.xml", "application/xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\""
                + " xmlns:news=\"http://www.google.com/schemas/sitemap-news/0.9\">"
                + "<url><loc>" + site.url("/news/harbour") + "</loc><news:news><news:publication><news:name>Loopback"
                + "</news:name><news:language>en</news:language></news:publication>"
                + "<news:publication_date>2026-12-05</news:publication_date><news:title>Harbour</news:title></news:news></url>"
                + "<url><loc>" + site.url("/news/budget") + "</loc></url></urlset>");
        site.page("/sitemap.xml", "application/xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\"><sitemap><loc>"
                + site.url("/sitemap-news.xml") + "</loc></sitemap></sitemapindex>");
        try (Store store = store()) {
            RoundReport r = watcher(store, ARTICLE_ONLY).round(List.of(site.url("/sitemap.xml")));
            assertEquals(2, r.stored(), log.toString());
            assertEquals("sitemap", store.source(site.url("/sitemap.xml")).orElseThrow().kind());
        }
    }

    @Test
    void aPageInWindows1251WithoutACharsetHeaderIsReadRight() throws Exception {
        String text = "<html><head><meta charset=\"windows-1251\"><title>Новости дня</title></head><body><article>"
                + "<h1>Новости дня</h1><p>" + "Городской совет утвердил новый бюджет на следующий год. ".repeat(4)
                + "</p><p>" + "Мэр заявил, что строительство моста начнётся весной. ".repeat(3) + "</p></article></body></html>";
        site.page("/ru", x -> LoopbackSite.send(x, 200, "text/html", text.getBytes(Charset.forName("windows-1251"))));
        try (Store store = store()) {
            assertEquals(Watcher.Outcome.STORED, watcher(store, ARTICLE_ONLY).page(site.url("/ru")));
            List<ArticleRow> rows = new ArrayList<>();
            store.articles(rows::add);
            assertEquals("Новости дня", rows.get(0).title());
            assertEquals(Watcher.Outcome.ALREADY_STORED, watcher(store, ARTICLE_ONLY).page(site.url("/ru")));
            assertEquals(1, site.requestsFor("/ru").size(), "a page stored is not fetched again");
        }
    }

    @Test
    void stopFinishesTheArticleInHandThenTheRoundEnds() throws Exception {
        String feed = site.url("/feed.xml");
        try (Store store = store()) {
            Watcher[] w = new Watcher[1];
            w[0] = watcher(store, a -> {
                w[0].stop(); // a signal arriving while the first article is analysed
                return ARTICLE_ONLY.apply(a);
            });
            RoundReport r = w[0].round(List.of(feed));
            assertEquals(1, r.stored(), "the article in hand was finished, no other begun");
            assertEquals(1, store.articleCount());
            assertEquals(2, store.pendingItems(feed).size(), "the rest wait for the next run");
            assertEquals(1, site.requestsFor("/news/harbour").size());
            assertTrue(site.requestsFor("/news/budget").isEmpty());
        }
    }

    @Test
    void aSourceAskingToWaitIsNotAskedAgainBeforeItsTime() throws Exception {
        site.page("/busy.xml", x -> {
            x.getResponseHeaders().set("Retry-After", "7200");
            LoopbackSite.send(x, 429, "text/plain", "too many requests");
        });
        try (Store store = store()) {
            Watcher w = watcher(store, ARTICLE_ONLY);
            RoundReport first = w.round(List.of(site.url("/busy.xml")));
            assertEquals(1, first.errors());
            SourceState s = store.source(site.url("/busy.xml")).orElseThrow();
            assertEquals(429, s.lastStatus());
            java.time.Instant due = java.time.Instant.parse(s.notBefore());
            assertTrue(due.isAfter(java.time.Instant.now().plus(Duration.ofMinutes(110))), "waits the two hours asked: " + due);
            assertEquals(1, w.round(List.of(site.url("/busy.xml"))).waiting());
            assertEquals(1, site.requestsFor("/busy.xml").size());
        }
    }

    @Test
    void aFeedWithNoItemsIsAQuietDayNotAFailure() throws Exception {
        site.page("/empty.xml", "application/rss+xml", "<rss version=\"2.0\"><channel><title>Quiet</title></channel></rss>");
        try (Store store = store()) {
            RoundReport r = watcher(store, ARTICLE_ONLY).round(List.of(site.url("/empty.xml")));
            assertEquals(new RoundReport(1, 1, 0, 0, 0, 0, 0, r.took()), r, log.toString());
            assertEquals(0, store.source(site.url("/empty.xml")).orElseThrow().failures());
        }
    }

    @Test
    void urlsAreNormalised() {
        assertEquals("https://news.example/a/b?id=7", NormalUrl.of("HTTPS://News.Example:443/a/b?utm_source=x&id=7&fbclid=1#c")
                .orElseThrow());
        assertEquals("http://news.example:8080/", NormalUrl.of("http://news.example:8080").orElseThrow());
        assertTrue(NormalUrl.of("ftp://news.example/a").isEmpty());
        assertTrue(NormalUrl.of("not a url").isEmpty());
    }
}
