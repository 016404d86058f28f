package dev.newsgraph.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Not a test: how soon each view is interactive in headless Chromium over a filled store.
 * {@code PageTimingBenchmark DIR}: loads each view twice (first, then again: the whole-network
 * and whole-timeline answers are kept 30 s) and prints the Navigation Timing figures
 * domInteractive and loadEventEnd, in ms.
 */
public final class PageTimingBenchmark {
    private PageTimingBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        ObjectMapper json = new ObjectMapper();
        try (NewsServer server = NewsServer.start(NewsServer.Settings.local(args[0], 0))) {
            String base = "http://127.0.0.1:" + server.port();
            HttpClient http = HttpClient.newHttpClient();
            JsonNode article = json.readTree(http.send(HttpRequest.newBuilder(URI.create(base + "/api/articles?limit=1")).build(),
                    HttpResponse.BodyHandlers.ofString()).body()).get("items").get(0);
            JsonNode actor = json.readTree(http.send(HttpRequest.newBuilder(URI.create(base + "/api/entities?limit=1")).build(),
                    HttpResponse.BodyHandlers.ofString()).body()).get("items").get(0);
            String name = URLEncoder.encode(actor.get("name").asText(), StandardCharsets.UTF_8);
            String word = URLEncoder.encode(article.get("title").asText().split("\\s+")[0], StandardCharsets.UTF_8);
            List<String> pages = List.of("/", "/articles", "/articles/" + URLEncoder.encode(article.get("id").asText(), StandardCharsets.UTF_8),
                    "/entities/" + actor.get("id").asText(), "/timeline", "/timeline?actor=" + name, "/network",
                    "/network?actor=" + name, "/quotes", "/search?q=" + word);
            ChromeOptions options = new ChromeOptions();
            options.setBinary("/usr/bin/chromium");
            options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                    "--user-data-dir=" + Files.createTempDirectory("ng-chromium"));
            ChromeDriver browser = new ChromeDriver(new ChromeDriverService.Builder()
                    .usingDriverExecutable(new File("/usr/bin/chromedriver")).build(), options);
            try {
                System.out.printf("%-60s %18s %18s%n", "page", "first: interactive", "again: interactive");
                for (String page : pages) {
                    long[] first = load(browser, base + page);
                    long[] again = load(browser, base + page);
                    System.out.printf("%-60s %12d ms %15d ms%n", page.length() > 60 ? page.substring(0, 57) + "..." : page,
                            first[0], again[0]);
                }
            } finally {
                browser.quit();
            }
        }
    }

    private static long[] load(ChromeDriver browser, String url) {
        browser.get(url);
        List<?> t = (List<?>) browser.executeScript("var n = performance.getEntriesByType('navigation')[0];"
                + " return [Math.round(n.domInteractive), Math.round(n.loadEventEnd)];");
        return new long[] {((Number) t.get(0)).longValue(), ((Number) t.get(1)).longValue()};
    }
}
