package dev.newsgraph.cli.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.newsgraph.model.RecordCodec;
import dev.newsgraph.model.StoryRecord;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code watch}, {@code ingest URL} and {@code query sources} end to end against a real HTTP server on loopback. */
class WatchCommandTest {
    @TempDir
    static Path dir;
    static HttpServer server;
    static final List<String> requests = new CopyOnWriteArrayList<>();

    @BeforeAll
    static void serve() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", x -> {
            String path = x.getRequestURI().getPath();
            requests.add(path + " " + x.getRequestHeaders().getFirst("If-None-Match"));
            try {
                switch (path) {
                    case "/robots.txt" -> send(x, 200, "text/plain", "User-agent: *\nDisallow: /private/\n");
                    case "/feed.xml" -> {
                        if ("\"1\"".equals(x.getRequestHeaders().getFirst("If-None-Match"))) {
                            x.sendResponseHeaders(304, -1);
                        } else {
                            x.getResponseHeaders().set("ETag", "\"1\"");
                            send(x, 200, "application/rss+xml", "<rss version=\"2.0\"><channel><title>Loopback</title>"
                                    + item("/news/harbour?utm_source=rss") + item("/news/budget")
                                    + item("/private/leak") + "</channel></rss>");
                        }
                    }
                    case "/news/harbour" -> send(x, 200, "text/html", page("Storm closes harbour at Dover",
                            "High winds forced the Port of Dover to suspend all ferry crossings on Tuesday, stranding"
                                    + " hundreds of lorries on the M20. The harbour master said crossings would resume"
                                    + " once gusts fell below 60mph."));
                    case "/news/budget", "/private/leak" -> send(x, 200, "text/html", page("Finance minister unveils budget",
                            "The finance minister presented a budget on Wednesday that raises spending on hospitals by"
                                    + " 4 percent and cuts the tax on fuel, telling parliament the plan would cost 12"
                                    + " billion euros."));
                    default -> send(x, 404, "text/plain", "not here");
                }
            } finally {
                x.close();
            }
        });
        server.start();
    }

    @AfterAll
    static void stop() {
        server.stop(0);
    }

    static String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    static String item(String path) {
        return "<item><title>t</title><link>" + url(path).replace("&", "&amp;") + "</link></item>";
    }

    static String page(String title, String text) {
        return "<html><head><title>" + title + "</title></head><body><article><h1>" + title + "</h1><p>" + text
                + "</p><p>" + text + "</p></article></body></html>";
    }

    static void send(HttpExchange x, int status, String type, String body) throws IOException {
        byte[] b = body.getBytes(StandardCharsets.UTF_8);
        x.getResponseHeaders().set("Content-Type", type);
        x.sendResponseHeaders(status, b.length);
        try (OutputStream out = x.getResponseBody()) {
            out.write(b);
        }
    }

    @Test
    void watchOnceStoresAFeedsArticlesWithTheirUrlsAndASecondRoundStoresNothing() throws Exception {
        String db = dir.resolve("watched").toString();
        Path sources = Files.writeString(dir.resolve("sources.txt"), "# the loopback feed\n" + url("/feed.xml")
                + "   # same as on the command line\n\nftp://nowhere/feed\n");
        StoreCommandsTest.Run first = StoreCommandsTest.run("watch", "--db", db, "--once", "--host-delay", "0s",
                "--sources", sources.toString(), url("/feed.xml"));
        assertEquals(3, first.code(), "a bad line of the sources file is bad input: " + first.err());
        assertTrue(first.err().contains("sources.txt:4: not an http(s) URL: ftp://nowhere/feed"), first.err());
        assertTrue(first.err().contains(url("/private/leak") + ": disallowed by robots.txt"), first.err());
        assertTrue(first.err().contains("round 1: 1 sources, 1 fetched, 0 not modified, 0 waiting, 3 new items,"
                + " 2 articles stored, 1 errors"), first.err());
        assertTrue(requests.stream().noneMatch(r -> r.startsWith("/private/")), requests.toString());

        StoreCommandsTest.Run second = StoreCommandsTest.run("watch", "--db", db, "--once", "--host-delay", "0s",
                url("/feed.xml"));
        assertEquals(0, second.code(), second.err());
        assertTrue(second.err().contains("round 1: 1 sources, 0 fetched, 1 not modified, 0 waiting, 0 new items,"
                + " 0 articles stored, 0 errors"), second.err());
        assertTrue(requests.contains("/feed.xml \"1\""), "the second round asked conditionally: " + requests);

        StoreCommandsTest.Run export = StoreCommandsTest.run("export", "--db", db, "--format", "jsonl", "--out", "-");
        List<String> urls = export.out().lines().map(RecordCodec::fromJson).map(StoryRecord::article)
                .map(a -> a.url()).sorted().toList();
        assertEquals(List.of(url("/news/budget"), url("/news/harbour")), urls);

        StoreCommandsTest.Run query = StoreCommandsTest.run("query", "sources", "--db", db, "--format", "json");
        assertEquals(0, query.code(), query.err());
        JsonNode rows = new ObjectMapper().readTree(query.out());
        assertEquals(1, rows.size());
        assertEquals(url("/feed.xml"), rows.get(0).get("url").asText());
        assertEquals(304, rows.get(0).get("last_status").asInt());
        assertEquals("feed", rows.get(0).get("kind").asText());
        StoreCommandsTest.Run table = StoreCommandsTest.run("query", "sources", "--db", db);
        assertTrue(table.out().startsWith("url"), table.out());
    }

    @Test
    void ingestReadsAPageByUrlOnce() {
        String db = dir.resolve("ingested").toString();
        StoreCommandsTest.Run first = StoreCommandsTest.run("ingest", "--db", db, url("/news/harbour#top"));
        assertEquals(0, first.code(), first.err());
        assertTrue(first.err().contains("1 stored, 0 skipped as duplicates, 0 failed"), first.err());
        StoreCommandsTest.Run again = StoreCommandsTest.run("ingest", "--db", db, url("/news/harbour"), url("/gone"));
        assertEquals(3, again.code(), again.err());
        assertTrue(again.err().contains(url("/gone") + ": HTTP 404"), again.err());
        assertTrue(again.err().contains("0 stored, 1 skipped as duplicates, 1 failed"), again.err());
    }

    @Test
    void badFlagValuesAreUsageErrors() {
        assertEquals(2, StoreCommandsTest.run("watch", "--every", "15", url("/feed.xml")).code());
        assertEquals(2, StoreCommandsTest.run("watch", "--host-delay", "soon", url("/feed.xml")).code());
        assertEquals(2, StoreCommandsTest.run("watch", "--max-page", "big", url("/feed.xml")).code());
        StoreCommandsTest.Run none = StoreCommandsTest.run("watch", "--once");
        assertEquals(2, none.code());
        assertTrue(none.err().contains("at least one source"), none.err());
    }

    @Test
    void durationsAndSizes() {
        assertEquals(java.time.Duration.ofMillis(500), Options.duration("500ms"));
        assertEquals(java.time.Duration.ofMinutes(15), Options.duration("15m"));
        assertEquals(java.time.Duration.ofHours(1), Options.duration("1h"));
        assertEquals(null, Options.duration("1.5h"));
        assertEquals(10L * 1024 * 1024, Options.size("10MB"));
        assertEquals(10L * 1024 * 1024, Options.size("10"));
        assertEquals(512L * 1024, Options.size("512kb"));
        assertEquals(-1, Options.size("lots"));
    }
}
