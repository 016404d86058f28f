package dev.newsgraph.reading;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.zip.GZIPInputStream;

/**
 * The 151-page extraction development set ({@code extraction/} of the development data named by the
 * system property {@code newsgraph.devdata}): page bytes and the body a person marked. Read by the
 * extraction benchmark only; tests never depend on it.
 */
final class DevSet {
    static final Path DIR = Path.of(System.getProperty("newsgraph.devdata", "missing")).resolve("extraction");

    record Page(String id, byte[] html, String truth) {
    }

    static boolean present() {
        return Files.isRegularFile(DIR.resolve("ground-truth.json"));
    }

    static List<Page> load() throws IOException {
        JsonNode gt = new ObjectMapper().readTree(DIR.resolve("ground-truth.json").toFile());
        List<Page> pages = new ArrayList<>();
        Iterator<String> ids = gt.fieldNames();
        List<String> sorted = new ArrayList<>();
        ids.forEachRemaining(sorted::add);
        sorted.sort(null);
        for (String id : sorted) {
            byte[] html;
            try (InputStream in = new GZIPInputStream(Files.newInputStream(DIR.resolve("html/" + id + ".html.gz")))) {
                html = in.readAllBytes();
            }
            pages.add(new Page(id, html, gt.get(id).path("articleBody").asText("")));
        }
        return pages;
    }
}
