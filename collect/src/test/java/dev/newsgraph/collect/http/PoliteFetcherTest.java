package dev.newsgraph.collect.http;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The fetcher against real HTTP servers on loopback, well-behaved and hostile. */
class PoliteFetcherTest {
    private static final Politeness FAST = Politeness.defaults(Politeness.userAgent("0.1.0", "https://example.org/bot"))
            .withHostDelay(Duration.ZERO)
            .withTimeouts(Duration.ofSeconds(5), Duration.ofSeconds(10))
            .withRetries(2, Duration.ofMillis(50));

    private LoopbackSite site;

    @BeforeEach
    void start() throws IOException {
        site = new LoopbackSite();
    }

    @AfterEach
    void stop() {
        site.close();
    }

    @Test
    void namesItselfAndItsContactAndUnpacksGzip() throws Exception {
        byte[] page = "<html><body><p>Hello</p></body></html>".getBytes(StandardCharsets.UTF_8);
        site.page("/news", x -> {
            ByteArrayOutputStream packed = new ByteArrayOutputStream();
            try (GZIPOutputStream gz = new GZIPOutputStream(packed)) {
                gz.write(page);
            }
            x.getResponseHeaders().set("Content-Encoding", "gzip");
            LoopbackSite.send(x, 200, "text/html", packed.toByteArray());
        });
        Fetched f = new PoliteFetcher(FAST).fetch(site.url("/news"));
        assertArrayEquals(page, f.body());
        LoopbackSite.Request r = site.requestsFor("/news").get(0);
        assertEquals("newsgraph/0.1.0 (+https://example.org/bot)", r.headers().getFirst("User-Agent"));
        assertTrue(r.headers().getFirst("Accept-Encoding").contains("gzip"));
    }

    @Test
    void robotsTxtDisallowingAPathIsObeyedAndReadOncePerHost() throws Exception {
        site.page("/robots.txt", "text/plain", "User-agent: *\nDisallow: /private/\n");
        site.page("/private/story", "text/html", "<p>secret</p>");
        site.page("/public/story", "text/html", "<p>open</p>");
        PoliteFetcher fetcher = new PoliteFetcher(FAST);
        FetchFailure refused = assertThrows(FetchFailure.class, () -> fetcher.fetch(site.url("/private/story")));
        assertEquals(site.url("/private/story") + ": disallowed by robots.txt", refused.getMessage());
        assertFalse(refused.transientFailure());
        assertEquals(200, fetcher.fetch(site.url("/public/story")).status());
        assertTrue(site.requestsFor("/private/story").isEmpty(), "the disallowed page was never asked for");
        assertEquals(1, site.requestsFor("/robots.txt").size());
    }

    @Test
    void rulesForNewsgraphByNameAreObeyed() throws Exception {
        site.page("/robots.txt", "text/plain", "User-agent: otherbot\nDisallow:\n\nUser-agent: newsgraph\nDisallow: /\n");
        site.page("/story", "text/html", "<p>x</p>");
        assertThrows(FetchFailure.class, () -> new PoliteFetcher(FAST).fetch(site.url("/story")));
        assertTrue(site.requestsFor("/story").isEmpty());
    }

    @Test
    void validatorsAreSentBackAndA304ComesBackWithoutABody() throws Exception {
        site.page("/feed", x -> {
            if ("\"v1\"".equals(x.getRequestHeaders().getFirst("If-None-Match"))) {
                LoopbackSite.send(x, 304, null, new byte[0]);
            } else {
                x.getResponseHeaders().set("ETag", "\"v1\"");
                x.getResponseHeaders().set("Last-Modified", "Sat, 05 Dec 2026 00:00:00 GMT");
                LoopbackSite.send(x, 200, "application/rss+xml", "<rss><channel></channel></rss>");
            }
        });
        PoliteFetcher fetcher = new PoliteFetcher(FAST);
        Fetched first = fetcher.fetch(site.url("/feed"));
        assertEquals("\"v1\"", first.etag());
        Fetched second = fetcher.fetch(site.url("/feed"), first.etag(), first.lastModified());
        assertTrue(second.notModified());
        assertEquals(0, second.body().length);
        assertEquals("\"v1\"", second.etag(), "the validator is kept for the next time");
        assertEquals("Sat, 05 Dec 2026 00:00:00 GMT", site.requestsFor("/feed").get(1).headers().getFirst("If-Modified-Since"));
    }

    @Test
    void a503WithRetryAfterIsTriedAgainAfterTheWaitAsked() throws Exception {
        int[] calls = {0};
        site.page("/busy", x -> {
            if (calls[0]++ == 0) {
                x.getResponseHeaders().set("Retry-After", "1");
                LoopbackSite.send(x, 503, "text/plain", "busy");
            } else {
                LoopbackSite.send(x, 200, "text/html", "<p>now</p>");
            }
        });
        Fetched f = new PoliteFetcher(FAST).fetch(site.url("/busy"));
        assertEquals(200, f.status());
        List<LoopbackSite.Request> tries = site.requestsFor("/busy");
        assertEquals(2, tries.size());
        long gapMs = (tries.get(1).startNanos() - tries.get(0).endNanos()) / 1_000_000;
        assertTrue(gapMs >= 900, "waited the second asked for, not " + gapMs + " ms");
    }

    @Test
    void aLongRetryAfterEndsTheFetchAndTellsTheWait() throws Exception {
        site.page("/later", x -> {
            x.getResponseHeaders().set("Retry-After", "3600");
            LoopbackSite.send(x, 429, "text/plain", "slow down");
        });
        FetchFailure e = assertThrows(FetchFailure.class, () -> new PoliteFetcher(FAST).fetch(site.url("/later")));
        assertEquals(Duration.ofHours(1), e.retryAfter());
        assertTrue(e.transientFailure());
        assertEquals(429, e.status());
        assertEquals(1, site.requestsFor("/later").size(), "no retry in place of a wait of an hour");
    }

    @Test
    void serverErrorsAreRetriedWithBackOffThenReported() throws Exception {
        site.page("/down", x -> LoopbackSite.send(x, 500, "text/plain", "down"));
        FetchFailure e = assertThrows(FetchFailure.class, () -> new PoliteFetcher(FAST).fetch(site.url("/down")));
        assertEquals(site.url("/down") + ": HTTP 500 after 3 tries", e.getMessage());
        assertEquals(3, site.requestsFor("/down").size());
    }

    @Test
    void aServerErrorThenRecoveryIsOneFetch() throws Exception {
        int[] calls = {0};
        site.page("/flaky", x -> {
            if (calls[0]++ < 2) {
                LoopbackSite.send(x, 500, "text/plain", "down");
            } else {
                LoopbackSite.send(x, 200, "text/html", "<p>back</p>");
            }
        });
        Fetched f = new PoliteFetcher(FAST).fetch(site.url("/flaky"));
        assertEquals(200, f.status());
        assertEquals(3, site.requestsFor("/flaky").size(), "two failures, then the answer");
    }

    @Test
    void aServerThatNeverAnswersCostsOneTimeout() throws Exception {
        try (java.net.ServerSocket silent = new java.net.ServerSocket(0, 50, java.net.InetAddress.getLoopbackAddress())) {
            // connections are accepted by the kernel's backlog and never answered
            String url = "http://127.0.0.1:" + silent.getLocalPort() + "/story";
            long t0 = System.nanoTime();
            FetchFailure e = assertThrows(FetchFailure.class,
                    () -> new PoliteFetcher(FAST.withTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(2))
                            .withRetries(0, Duration.ofMillis(10))).fetch(url));
            long ms = (System.nanoTime() - t0) / 1_000_000;
            assertTrue(e.getMessage().startsWith("http://127.0.0.1:" + silent.getLocalPort()), e.getMessage());
            assertTrue(e.transientFailure(), "a timeout is worth another try next round");
            assertTrue(ms < 8000, "gave up after its deadline: " + ms + " ms");
        }
    }

    @Test
    void redirectsAreFollowedFiveTimesAtMost() throws Exception {
        site.page("/moved", x -> {
            x.getResponseHeaders().set("Location", "/here");
            LoopbackSite.send(x, 301, null, new byte[0]);
        });
        site.page("/here", "text/html", "<p>here</p>");
        assertEquals(site.url("/here"), new PoliteFetcher(FAST).fetch(site.url("/moved")).url());
        for (String p : List.of("/a", "/b")) {
            site.page(p, x -> {
                x.getResponseHeaders().set("Location", p.equals("/a") ? "/b" : "/a");
                LoopbackSite.send(x, 302, null, new byte[0]);
            });
        }
        FetchFailure loop = assertThrows(FetchFailure.class, () -> new PoliteFetcher(FAST).fetch(site.url("/a")));
        assertTrue(loop.getMessage().startsWith(site.url("/a") + ": more than 5 redirects"), loop.getMessage());
        assertEquals(6, site.requestsFor("/a").size() + site.requestsFor("/b").size());
    }

    @Test
    void aBodyOverTheCapIsRefusedWholeDeclaredOrNot() throws Exception {
        Politeness small = FAST.withMaxBytes(1024 * 1024);
        byte[] big = new byte[2 * 1024 * 1024];
        java.util.Arrays.fill(big, (byte) 'a');
        site.page("/declared", x -> LoopbackSite.send(x, 200, "text/html", big));
        site.page("/endless", x -> {
            x.getResponseHeaders().set("Content-Type", "text/html");
            x.sendResponseHeaders(200, 0); // chunked, no end
            byte[] chunk = new byte[64 * 1024];
            try (OutputStream out = x.getResponseBody()) {
                for (int i = 0; i < 100_000; i++) {
                    out.write(chunk);
                }
            }
        });
        site.page("/bomb", x -> {
            ByteArrayOutputStream packed = new ByteArrayOutputStream();
            try (GZIPOutputStream gz = new GZIPOutputStream(packed)) {
                gz.write(big);
            }
            x.getResponseHeaders().set("Content-Encoding", "gzip");
            LoopbackSite.send(x, 200, "text/html", packed.toByteArray());
        });
        site.page("/fits", x -> LoopbackSite.send(x, 200, "text/html", new byte[1024 * 1024]));
        PoliteFetcher fetcher = new PoliteFetcher(small);
        for (String p : List.of("/declared", "/endless", "/bomb")) {
            FetchFailure e = assertThrows(FetchFailure.class, () -> fetcher.fetch(site.url(p)));
            assertTrue(e.getMessage().startsWith(site.url(p) + ": larger than 1 MB"), e.getMessage());
            assertFalse(e.transientFailure());
        }
        assertEquals(1024 * 1024, fetcher.fetch(site.url("/fits")).body().length);
    }

    @Test
    void oneRequestAtATimePerHostWithThePauseBetweenWhileHostsGoInParallel() throws Exception {
        try (LoopbackSite other = new LoopbackSite()) {
            for (LoopbackSite s : List.of(site, other)) {
                s.page("/robots.txt", "text/plain", "User-agent: *\nAllow: /\n");
                s.page("/p", x -> {
                    try {
                        Thread.sleep(50);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    LoopbackSite.send(x, 200, "text/html", "<p>x</p>");
                });
            }
            PoliteFetcher fetcher = new PoliteFetcher(FAST.withHostDelay(Duration.ofMillis(300)));
            ExecutorService pool = Executors.newFixedThreadPool(4);
            List<Future<Fetched>> all = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                all.add(pool.submit(() -> fetcher.fetch(site.url("/p"))));
                all.add(pool.submit(() -> fetcher.fetch(other.url("/p"))));
            }
            for (Future<Fetched> f : all) {
                assertEquals(200, f.get().status());
            }
            pool.shutdown();
            for (LoopbackSite s : List.of(site, other)) {
                List<LoopbackSite.Request> rs = s.requests.stream()
                        .sorted(java.util.Comparator.comparingLong(LoopbackSite.Request::startNanos)).toList();
                assertEquals(4, rs.size(), "robots.txt and three pages");
                for (int i = 1; i < rs.size(); i++) {
                    long gapMs = (rs.get(i).startNanos() - rs.get(i - 1).endNanos()) / 1_000_000;
                    assertTrue(gapMs >= 250, "requests to one host " + gapMs + " ms apart");
                }
            }
            // the two hosts did not wait for each other: each one's first page came before the other's last
            long firstOther = other.requestsFor("/p").stream().mapToLong(LoopbackSite.Request::startNanos).min().orElseThrow();
            long lastSite = site.requestsFor("/p").stream().mapToLong(LoopbackSite.Request::startNanos).max().orElseThrow();
            assertTrue(firstOther < lastSite, "hosts went in parallel");
        }
    }

    @Test
    void aServerThatTricklesBytesCostsOneTimeout() throws Exception {
        site.page("/slow", x -> {
            x.getResponseHeaders().set("Content-Type", "text/html");
            x.sendResponseHeaders(200, 0);
            OutputStream out = x.getResponseBody();
            for (int i = 0; i < 120; i++) {
                out.write('<');
                out.flush();
                try {
                    Thread.sleep(500);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        long t0 = System.nanoTime();
        FetchFailure e = assertThrows(FetchFailure.class,
                () -> new PoliteFetcher(FAST.withTimeouts(Duration.ofSeconds(5), Duration.ofSeconds(2))
                        .withRetries(0, Duration.ofMillis(10))).fetch(site.url("/slow")));
        long ms = (System.nanoTime() - t0) / 1_000_000;
        assertEquals(site.url("/slow") + ": no answer within 2s", e.getMessage());
        assertTrue(ms < 6000, "gave up after the deadline, not the body's minute: " + ms + " ms");
    }

    @Test
    void garbageInPlaceOfAPageIsOneLineNamingTheUrl() throws Exception {
        try (ServerSocket raw = new ServerSocket(0, 5, InetAddress.getLoopbackAddress())) {
            String base = "http://127.0.0.1:" + raw.getLocalPort();
            Thread t = new Thread(() -> {
                while (!raw.isClosed()) {
                    try (Socket s = raw.accept()) {
                        byte[] req = new byte[4096];
                        int n = s.getInputStream().read(req);
                        String line = new String(req, 0, Math.max(n, 0), StandardCharsets.ISO_8859_1);
                        s.getOutputStream().write((line.startsWith("GET /robots.txt")
                                ? "HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\n\r\n" : "\u0000\u0001garbage\r\n\r\n")
                                .getBytes(StandardCharsets.ISO_8859_1));
                    } catch (IOException e) {
                        return;
                    }
                }
            });
            t.setDaemon(true);
            t.start();
            FetchFailure e = assertThrows(FetchFailure.class,
                    () -> new PoliteFetcher(FAST.withRetries(1, Duration.ofMillis(10))).fetch(base + "/feed"));
            assertTrue(e.getMessage().startsWith(base + "/feed: connection failed ("), e.getMessage());
            assertTrue(e.getMessage().endsWith("after 2 tries"), e.getMessage());
            assertFalse(e.getMessage().contains("\n"));
        }
    }

    @Test
    void garbageInPlaceOfRobotsTxtKeepsTheHostUnvisited() throws Exception {
        try (ServerSocket raw = new ServerSocket(0, 5, InetAddress.getLoopbackAddress())) {
            Thread t = new Thread(() -> {
                while (!raw.isClosed()) {
                    try (Socket s = raw.accept()) {
                        s.getInputStream().read(new byte[4096]);
                        s.getOutputStream().write("\u0000\u0001garbage, not HTTP at all\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
                    } catch (IOException e) {
                        return;
                    }
                }
            });
            t.setDaemon(true);
            t.start();
            String url = "http://127.0.0.1:" + raw.getLocalPort() + "/feed";
            FetchFailure e = assertThrows(FetchFailure.class,
                    () -> new PoliteFetcher(FAST.withRetries(0, Duration.ofMillis(10))).fetch(url));
            assertEquals(url + ": robots.txt could not be read (no answer), so the host is not fetched for an hour",
                    e.getMessage());
            assertTrue(e.transientFailure());
        }
    }
}
