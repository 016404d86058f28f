package dev.newsgraph.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The REST API of a real server on a random loopback port, over a store filled by the real analyzer. */
class ApiTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static NewsServer server;
    private static String base;

    @BeforeAll
    static void start() throws Exception {
        server = NewsServer.start(NewsServer.Settings.local(FixtureStore.get().toString(), 0));
        base = "http://127.0.0.1:" + server.port();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    static HttpResponse<String> get(String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(base + path)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    static JsonNode json(String path) throws Exception {
        HttpResponse<String> r = get(path);
        assertEquals(200, r.statusCode(), path + ": " + r.body());
        assertTrue(r.headers().firstValue("content-type").orElse("").startsWith("application/json"), path);
        return JSON.readTree(r.body());
    }

    static String q(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    @Test
    void articlesArePagedWithANextLinkThatWorks() throws Exception {
        JsonNode all = json("/api/articles");
        assertEquals(3, all.get("items").size());
        JsonNode first = json("/api/articles?limit=2");
        assertEquals(2, first.get("items").size());
        String next = first.get("next").asText();
        assertTrue(next.contains("offset=2"), next);
        JsonNode second = json(next);
        assertEquals(1, second.get("items").size());
        assertTrue(second.get("next").isNull());
        assertEquals(all.get("items").get(2).get("id"), second.get("items").get(0).get("id"));
    }

    @Test
    void oneArticleIsItsWholeRecordAndAnUnknownIdIs404() throws Exception {
        JsonNode hit = json("/api/articles/search?q=" + q("Kharkiv shelled")).get("items").get(0);
        String id = hit.get("article_id").asText();
        JsonNode record = json("/api/articles/" + q(id));
        assertEquals(FixtureStore.KHARKIV_TITLE, record.get("article").get("title").asText());
        assertTrue(record.get("entities").size() > 2);
        assertTrue(record.get("quotes").size() >= 1);
        HttpResponse<String> missing = get("/api/articles/sha256:0000");
        assertEquals(404, missing.statusCode());
        assertTrue(JSON.readTree(missing.body()).get("error").asText().contains("sha256:0000"));
        dev.newsgraph.model.RecordSchemaCheck.assertValid(record);
    }

    /** The record's JSON Schema is published, and the records the API serves validate against the published copy. */
    @Test
    void theRecordSchemaIsPublishedAndTheServedRecordsHoldToIt() throws Exception {
        HttpResponse<String> schema = get("/api/schema/newsgraph-1.json");
        assertEquals(200, schema.statusCode());
        assertTrue(schema.headers().firstValue("Content-Type").orElse("").startsWith("application/schema+json"));
        JsonNode published = JSON.readTree(schema.body());
        assertEquals("https://newsgraph.dev/schema/newsgraph-1.json", published.get("$id").asText());
        assertEquals(dev.newsgraph.model.RecordSchemaCheck.schemaJson(), published, "the model's schema, as shipped");
        com.networknt.schema.JsonSchema validator = com.networknt.schema.JsonSchemaFactory
                .getInstance(com.networknt.schema.SpecVersion.VersionFlag.V202012).getSchema(published);
        int checked = 0;
        for (JsonNode hit : json("/api/articles?limit=50").get("items")) {
            JsonNode record = json("/api/articles/" + q(hit.get("id").asText()));
            assertEquals(java.util.Set.of(), validator.validate(record), hit.get("id").asText());
            checked++;
        }
        assertTrue(checked >= 3, "records checked: " + checked);
    }

    @Test
    void anEntityHasItsArticlesQuotesAndEvents() throws Exception {
        JsonNode found = json("/api/entities?q=Zelenskiy").get("items");
        assertEquals(1, found.size(), found.toString());
        long id = found.get(0).get("id").asLong();
        assertEquals("PERSON", found.get(0).get("type").asText());
        assertEquals("UKR", found.get(0).get("country").asText(), found.toString());
        assertEquals("newsgraph:VOLODYMYR_ZELENSKY", found.get(0).get("kb").asText(), "the known actor it is linked to");
        JsonNode one = json("/api/entities/" + id);
        assertEquals(2, one.get("articles").size(), "Zelenskiy is named in two articles, linked as one actor");
        JsonNode quotes = json(one.get("quotes").asText()).get("items");
        assertTrue(quotes.size() >= 1);
        quotes.forEach(qt -> assertEquals(id, qt.get("speaker").get("id").asLong()));
        JsonNode events = json("/api/entities/" + id + "/events").get("items");
        assertTrue(events.size() >= 1, "Zelenskiy takes part in the Kyiv meeting");
        assertEquals(404, get("/api/entities/987654").statusCode());
        assertEquals(400, get("/api/entities/zelenskiy").statusCode());
    }

    @Test
    void theWatchedSourcesAndWhatIsKnownOfThem() throws Exception {
        JsonNode items = json("/api/sources").get("items");
        assertEquals(1, items.size(), items.toString());
        JsonNode feed = items.get(0);
        assertEquals(FixtureStore.SOURCE, feed.get("url").asText());
        assertEquals("feed", feed.get("kind").asText());
        assertEquals(200, feed.get("last_status").asInt(), feed.toString());
        assertEquals(3, feed.get("new_items").asInt());
    }

    @Test
    void eventsFilterByTypeDateAndPlaceAndCarryTheirEvidence() throws Exception {
        JsonNode all = json("/api/events").get("items");
        assertTrue(all.size() >= 2, all.toString());
        for (JsonNode e : all) {
            String evidence = e.get("reports").get(0).get("evidence").asText();
            assertFalse(evidence.isBlank());
        }
        JsonNode consult = json("/api/events?type=consult").get("items");
        assertTrue(consult.size() >= 1);
        consult.forEach(e -> assertEquals("CONSULT", e.get("type").asText()));
        JsonNode none = json("/api/events?from=2030-01-01").get("items");
        assertEquals(0, none.size());
        assertEquals(400, get("/api/events?type=PICNIC").statusCode());
        assertEquals(400, get("/api/events?from=2025-04-31").statusCode());
        assertEquals(400, get("/api/events?from=2025-04-10&to=2025-04-01").statusCode());
        assertEquals(400, get("/api/events?limit=0").statusCode());
        assertEquals(400, get("/api/events?limit=x").statusCode());
        assertEquals(400, get("/api/events?country=Ukraine").statusCode());
    }

    @Test
    void quotesBySpeakerAndByWords() throws Exception {
        JsonNode bySpeaker = json("/api/quotes?speaker=Macron").get("items");
        assertTrue(bySpeaker.size() >= 1);
        bySpeaker.forEach(qt -> assertEquals("Emmanuel Macron", qt.get("speaker").get("name").asText()));
        JsonNode byWords = json("/api/quotes?text=terror").get("items");
        assertEquals(1, byWords.size());
        assertTrue(byWords.get(0).get("text").asText().contains("terror against ordinary people"));
    }

    @Test
    void timelineAndNetworkHaveTheEvents() throws Exception {
        JsonNode timeline = json("/api/timeline").get("items");
        assertTrue(timeline.size() >= 2, timeline.toString());
        long events = 0;
        for (JsonNode row : timeline) {
            assertTrue(row.get("day").asText().matches("\\d{4}-\\d{2}-\\d{2}"));
            events += row.get("events").asLong();
        }
        assertEquals(json("/api/events").get("items").size(), events);
        JsonNode net = json("/api/network");
        assertTrue(net.get("edges").size() >= 1);
        JsonNode edge = net.get("edges").get(0);
        boolean sourceIsNode = false;
        for (JsonNode n : net.get("nodes")) {
            sourceIsNode |= n.get("id").asLong() == edge.get("source").asLong();
        }
        assertTrue(sourceIsNode);
        assertTrue(edge.get("types").fields().hasNext());
    }

    @Test
    void searchFindsEntitiesArticlesAndQuotes() throws Exception {
        JsonNode r = json("/api/search?q=Macron");
        assertTrue(r.get("entities").size() >= 1);
        assertTrue(r.get("articles").size() >= 1);
        assertTrue(r.get("quotes").size() >= 1);
        assertEquals(400, get("/api/search").statusCode());
    }

    @Test
    void exportStreamsEveryRecord() throws Exception {
        HttpResponse<String> r = get("/api/export/records.jsonl");
        assertEquals(200, r.statusCode());
        String[] lines = r.body().strip().split("\n");
        assertEquals(3, lines.length);
        for (String line : lines) {
            assertNotNull(JSON.readTree(line).get("article"));
        }
        HttpResponse<String> ev = get("/api/export/events.jsonl?type=ASSAULT");
        assertEquals(200, ev.statusCode());
        assertTrue(ev.body().contains("\"ASSAULT\""));
    }

    @Test
    void eventsNearAPointOrInACountryAndThePlacesOfTheMap() throws Exception {
        // Kharkiv lies some 410 km east of Kyiv
        JsonNode nearKharkiv = json("/api/events?near=" + q("49.99,36.25") + "&km=20").get("items");
        assertEquals(1, nearKharkiv.size(), nearKharkiv.toString());
        JsonNode place = nearKharkiv.get(0).get("place");
        assertEquals("Kharkiv", place.get("name").asText());
        assertEquals(49.98081, place.get("lat").asDouble(), 1e-9);
        assertEquals("city", place.get("precision").asText());
        assertEquals(2, json("/api/events?near=" + q("50.2,33.4") + "&km=300").get("items").size());
        assertEquals(0, json("/api/events?near=" + q("48.85,2.35") + "&km=100").get("items").size());
        assertTrue(json("/api/events?country=ukr").get("items").size() >= 2);
        JsonNode places = json("/api/places").get("items");
        assertEquals(2, places.size(), places.toString());
        for (JsonNode p : places) {
            assertTrue(List.of("Kharkiv", "Kyiv").contains(p.get("name").asText()), p.toString());
            assertEquals(1, p.get("events").asLong());
            assertEquals("UKR", p.get("country").asText());
        }
        assertEquals(1, json("/api/places?type=CONSULT").get("items").size());
        assertEquals("Kyiv", json("/api/places?near=" + q("50.45,30.52")).get("items").get(0).get("name").asText());
        assertEquals(1, json("/api/timeline?near=" + q("49.99,36.25") + "&km=20").get("items").size());
        for (String bad : List.of("near=91,30", "near=Kyiv", "near=50,30&km=-1", "near=50,30&km=far", "km=10")) {
            HttpResponse<String> r = get("/api/events?" + bad.replace(",", "%2C"));
            assertEquals(400, r.statusCode(), bad + ": " + r.body());
            assertTrue(r.body().contains("near") || r.body().contains("km"), r.body());
        }
    }

    @Test
    void writesAre405AndNothingLeaksCorsOrStackTraces() throws Exception {
        for (String method : new String[] {"POST", "PUT", "DELETE", "PATCH"}) {
            HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/api/articles"))
                    .method(method, HttpRequest.BodyPublishers.ofString("{}")).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(405, r.statusCode(), method);
            assertEquals("GET, HEAD", r.headers().firstValue("allow").orElse(""));
        }
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/api/status"))
                .header("Origin", "https://evil.example").GET().build(), HttpResponse.BodyHandlers.ofString());
        assertTrue(r.headers().firstValue("access-control-allow-origin").isEmpty());
        String csp = r.headers().firstValue("content-security-policy").orElse("");
        assertTrue(csp.contains("script-src 'self'") && !csp.contains("unsafe"), csp);
        HttpResponse<String> bad = get("/api/entities/99999999999999999999999");
        assertEquals(400, bad.statusCode());
        assertFalse(bad.body().contains("Exception") || bad.body().contains("\tat "), bad.body());
        HttpResponse<String> longQuery = get("/api/events?text=" + "a".repeat(3000));
        assertEquals(414, longQuery.statusCode());
    }

    @Test
    void theOpenApiDocumentDescribesRoutesThatAnswer() throws Exception {
        JsonNode doc = json("/openapi.json");
        assertTrue(doc.get("openapi").asText().startsWith("3."));
        Map<String, String> sample = Map.of("{id}", "1");
        int checked = 0;
        for (Iterator<String> it = doc.get("paths").fieldNames(); it.hasNext(); ) {
            String path = it.next();
            String concrete = path.replace("{id}", path.startsWith("/api/articles/") ? "sha256:none" : sample.get("{id}"));
            concrete += path.endsWith("search") ? "?q=Kyiv" : "";
            int status = get(concrete).statusCode();
            assertTrue(status == 200 || status == 404 && concrete.contains("none"), path + " answered " + status);
            checked++;
        }
        assertTrue(checked >= 14);
        HttpResponse<String> docs = get("/api");
        assertEquals(200, docs.statusCode());
        assertTrue(docs.body().contains("/api/entities/{id}/quotes"));
    }

    @Test
    void aRemoteAddressNeedsTheExplicitFlagAndTheRateLimitAnswers429() throws Exception {
        String db = FixtureStore.get().toString();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> NewsServer.start(new NewsServer.Settings(db, "0.0.0.0", 0, false, 100, 1, 0)));
        assertTrue(e.getMessage().contains("--allow-remote"));
        try (NewsServer limited = NewsServer.start(new NewsServer.Settings(db, "127.0.0.1", 0, false, 2, 1, 0))) {
            int tooMany = 0;
            for (int i = 0; i < 10; i++) {
                HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + limited.port()
                        + "/api/status")).build(), HttpResponse.BodyHandlers.ofString());
                tooMany += r.statusCode() == 429 ? 1 : 0;
            }
            assertTrue(tooMany >= 4, "burst of 4 then 429: " + tooMany);
        }
    }

    @Test
    void everyPageEscapesTheHostileArticleAndReflectedParameters() throws Exception {
        String carter = json("/api/entities?q=" + q("John Carter")).get("items").get(0).get("id").asText();
        String hostile = json("/api/articles/search?q=resigns").get("items").get(0).get("article_id").asText();
        String probe = "<script>alert(7)</script><img src=x onerror=alert(8)>";
        String[] pages = {"/", "/articles", "/articles/" + q(hostile), "/entities", "/entities/" + carter,
                "/timeline", "/events", "/network", "/quotes", "/search?q=resigns", "/search?q=" + q(probe),
                "/quotes?speaker=" + q(probe), "/entities/by-name?name=" + q(probe), "/timeline?actor=" + q(probe), "/api"};
        for (String page : pages) {
            HttpResponse<String> r = get(page);
            assertTrue(r.statusCode() == 200 || r.statusCode() == 404, page + " " + r.statusCode());
            assertTrue(r.headers().firstValue("content-type").orElse("").startsWith("text/html"), page);
            String html = r.body();
            assertFalse(html.contains("<script>") || html.contains("<img") || html.replaceAll("\"[^\"]*\"", "\"\"").matches("(?s).*<[a-z]+[^>]*\\son\\w+=.*")
                    || html.contains("href=\"javascript:") || html.contains("<b>now") || html.contains("<i>Hostile"), page + ": " + html);
            for (String script : html.split("<script").length > 1 ? html.substring(html.indexOf("<script")).split("<script") : new String[0]) {
                assertTrue(script.isEmpty() || script.startsWith(" src=\"/"), page + ": only our own scripts, by src");
            }
        }
        assertTrue(get("/articles/" + q(hostile)).body().contains("&lt;script&gt;window.__pwned=2&lt;/script&gt;"));
        assertTrue(get("/search?q=" + q(probe)).body().contains("&lt;script&gt;alert(7)&lt;/script&gt;"));
    }
}
