package dev.newsgraph.analysis.event;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newsgraph.analysis.Analyzer;
import dev.newsgraph.model.Article;
import java.io.BufferedReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Benchmark, not a test: runs the whole pipeline over the first N articles of a JSON Lines file
 * ({@code text}, {@code published}) and reports what the event stage adds per 5 kB of text.
 * Run from the analysis module: {@code java -cp ... dev.newsgraph.analysis.event.EventStageTiming
 * FILE.jsonl 200} (docs/events.md names the Reuters sample of the development data it was measured on).
 */
public final class EventStageTiming {
    private EventStageTiming() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 0) {
            System.err.println("usage: EventStageTiming FILE.jsonl [N]");
            System.exit(2);
        }
        Path file = Path.of(args[0]);
        int limit = args.length > 1 ? Integer.parseInt(args[1]) : 200;
        Analyzer analyzer = Analyzer.create();
        ObjectMapper json = new ObjectMapper();
        Map<String, Long> timings = new HashMap<>();
        long chars = 0;
        int n = 0;
        int events = 0;
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            while ((line = in.readLine()) != null && n < limit) {
                JsonNode o = json.readTree(line);
                String text = o.path("text").asText("");
                String published = o.path("published").isTextual() ? o.path("published").asText() : null;
                Article a = new Article(null, null, null, null, published, "en", text, List.of());
                if (n == 10) {
                    timings.clear(); // the first articles warm the JIT
                    chars = 0;
                }
                events += analyzer.analyze(a, timings).events().size();
                chars += text.length();
                n++;
            }
        }
        double fives = chars / 5000.0;
        double per5k = timings.getOrDefault("events", 0L) / 1e9 / fives;
        System.out.printf("articles %d, %.0f kB, events %d%n", n, chars / 1000.0, events);
        timings.forEach((k, v) -> System.out.printf("  %-12s %8.3f s  %.4f s per 5 kB%n", k, v / 1e9, v / 1e9 / fives));
        System.out.printf("event stage: %.4f s per 5 kB%n", per5k);
    }
}
