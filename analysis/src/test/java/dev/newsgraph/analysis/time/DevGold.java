package dev.newsgraph.analysis.time;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/** The development gold files of ../../shared/gold with their input texts, and score.py's name folding. */
record DevGold(String name, String text, String published, JsonNode gold) {
    static final Path SHARED = Path.of("../../shared");

    static List<DevGold> all() throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<DevGold> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(SHARED.resolve("gold"))) {
            for (Path p : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
                JsonNode g = json.readTree(p.toFile());
                String text = Files.readString(SHARED.resolve(g.get("input").asText()), StandardCharsets.UTF_8);
                String name = p.getFileName().toString().replace(".json", "");
                out.add(new DevGold(name, text, g.path("published").asText(null), g));
            }
        }
        return out;
    }

    /** The folding of tools/score.py's norm(). */
    static String norm(String s) {
        String t = Normalizer.normalize(s == null ? "" : s, Normalizer.Form.NFKD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replace('\u2019', '\'').replace('\u2018', '\'');
        t = t.replaceAll("[\"\u201c\u201d.,;:!?()\\[\\]]", " ");
        t = t.replaceAll("'s\\b", "");
        t = t.replaceAll("\\s+", " ").strip();
        return t.replaceFirst("^(the|a|an) ", "");
    }
}
