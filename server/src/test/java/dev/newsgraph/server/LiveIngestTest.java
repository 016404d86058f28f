package dev.newsgraph.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsgraph.model.StoryRecord;
import dev.newsgraph.store.Store;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The server reads while another writer (as an ingest would) stores articles into the same store. */
class LiveIngestTest {
    @TempDir
    Path dir;

    @Test
    void articlesStoredWhileServingAreServed() throws Exception {
        try (Stream<Path> files = Files.list(FixtureStore.get())) {
            for (Path f : files.toList()) {
                Files.copy(f, dir.resolve(f.getFileName()));
            }
        }
        HttpClient http = HttpClient.newHttpClient();
        try (NewsServer server = NewsServer.start(NewsServer.Settings.local(dir.toString(), 0));
             Store writer = Store.open(dir.toString(), true)) {
            String base = "http://127.0.0.1:" + server.port();
            List<StoryRecord> stored = new ArrayList<>();
            writer.records(stored::add);
            StoryRecord first = stored.get(0);
            StoryRecord copy = first.withArticle(first.article().withId("sha256:live-copy"));
            String path = "/api/articles/" + URLEncoder.encode("sha256:live-copy", StandardCharsets.UTF_8);
            assertEquals(404, http.send(HttpRequest.newBuilder(URI.create(base + path)).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode());
            // a list answered twice comes the second time from the answer cache, the same
            URI list = URI.create(base + "/api/articles?limit=50");
            String before = http.send(HttpRequest.newBuilder(list).build(), HttpResponse.BodyHandlers.ofString()).body();
            assertEquals(before, http.send(HttpRequest.newBuilder(list).build(), HttpResponse.BodyHandlers.ofString()).body());
            long[] kept = server.cacheCounts();
            assertTrue(kept[0] >= 1, "answered from the cache: " + kept[0]);
            assertFalse(before.contains("sha256:live-copy"));
            writer.put(copy);
            // stored by another writer: the kept answer is no longer given
            String after = http.send(HttpRequest.newBuilder(list).build(), HttpResponse.BodyHandlers.ofString()).body();
            assertTrue(after.contains("sha256:live-copy"), after);
            assertEquals(200, http.send(HttpRequest.newBuilder(URI.create(base + path)).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode());
            String status = http.send(HttpRequest.newBuilder(URI.create(base + "/api/status")).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            assertEquals(true, status.contains("\"articles\":" + (stored.size() + 1)), status);
        }
    }
}
