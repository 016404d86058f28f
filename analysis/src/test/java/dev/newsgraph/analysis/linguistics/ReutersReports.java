package dev.newsgraph.analysis.linguistics;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The first Reuters reports of the development data (system property {@code newsgraph.devdata}, set by
 * the parent pom), for the optional comparisons of newsgraph's inference with CoreNLP's own annotators.
 */
final class ReutersReports {
    private static final Path FILE = Path.of(System.getProperty("newsgraph.devdata", "missing"), "corpus",
            "reuters-2017.jsonl");

    private ReutersReports() {
    }

    /**
     * The texts of the first {@code n} reports. Where the development data does not sit beside the clone,
     * the calling test is skipped, saying that the fixtures and the example article are compared anyway.
     */
    static List<String> first(int n) throws IOException {
        assumeTrue(Files.exists(FILE), FILE + " not found (no development data beside this clone): the optional comparison "
                + "on " + n + " Reuters reports is skipped; the fixture sentences and the example article are compared anyway");
        List<String> texts = new ArrayList<>();
        ObjectMapper json = new ObjectMapper();
        try (BufferedReader r = Files.newBufferedReader(FILE, StandardCharsets.UTF_8)) {
            for (int i = 0; i < n; i++) {
                texts.add(json.readTree(r.readLine()).path("text").asText());
            }
        }
        return texts;
    }
}
