package dev.newsgraph.reading.cleaning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newsgraph.model.Article;
import dev.newsgraph.model.Removal;
import dev.newsgraph.model.RemovalReason;
import dev.newsgraph.reading.TextArticles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The cleaner on real articles it was not written for: the development set (each gold
 * {@code not_in_text} line cut, every other line kept) and the Reuters reports of 2017 (no false
 * cuts). The texts are read from the shared folder, never copied into the project.
 */
class StoryCleanerCorpusTest {
    private static final Path SHARED = Path.of("../../shared");
    private static final ObjectMapper JSON = new ObjectMapper();
    private final StoryCleaner cleaner = new StoryCleaner();
    private final TextArticles texts = new TextArticles(cleaner);

    @Test
    void devArticlesLoseExactlyTheirGoldTeasersAndFooters() throws IOException {
        Path gold = SHARED.resolve("gold");
        assumeTrue(Files.isDirectory(gold), "shared gold folder not present");
        List<Path> files;
        try (Stream<Path> s = Files.list(gold)) {
            files = s.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
        assertEquals(5, files.size());
        int goldLines = 0;
        for (Path g : files) {
            JsonNode d = JSON.readTree(g.toFile());
            String raw = Files.readString(SHARED.resolve(d.get("input").asText()), StandardCharsets.UTF_8);
            Article a = texts.fromText(null, raw, null, null, d.get("published").asText());
            List<String> notInText = new ArrayList<>();
            d.path("not_in_text").forEach(n -> notInText.add(n.asText()));
            goldLines += notInText.size();
            for (String line : notInText) {
                assertFalse(a.text().contains(line), g + ": still holds " + line);
                assertTrue(a.removed().stream().anyMatch(r -> r.text().equals(line.strip())), g + ": not in removed: " + line);
            }
            List<String> bodyLines = raw.lines().skip(1).map(String::strip).filter(l -> !l.isEmpty()).toList();
            for (String line : bodyLines) {
                if (notInText.contains(line)) {
                    continue;
                }
                String kept = withoutNote(line, a.removed());
                assertTrue(a.text().contains(kept), g + ": lost a line of the story: " + line);
            }
            assertEquals(notInText.size(),
                    a.removed().stream().filter(r -> r.reason() != RemovalReason.OTHER).count(), g + ": " + a.removed());
            assertEquals(d.get("title").asText(), a.title());
        }
        assertEquals(2, goldLines);
    }

    /** A correction note cut from the start of a line, as {@code other}, is the only in-line cut allowed. */
    private static String withoutNote(String line, List<Removal> removed) {
        for (Removal r : removed) {
            if (r.reason() == RemovalReason.OTHER && line.startsWith(r.text())) {
                return line.substring(r.text().length()).strip();
            }
        }
        return line;
    }

    @Test
    void reutersReportsKeepTheirWholeStory() throws IOException {
        Path jsonl = SHARED.resolve("corpus/reuters-2017.jsonl");
        assumeTrue(Files.isRegularFile(jsonl), "shared Reuters sample not present");
        int articles = 0;
        int notes = 0;
        List<String> asGiven = new ArrayList<>();
        List<String> asParagraphs = new ArrayList<>();
        List<String> asSentences = new ArrayList<>();
        for (String l : Files.readAllLines(jsonl, StandardCharsets.UTF_8)) {
            if (l.isBlank()) {
                continue;
            }
            JsonNode n = JSON.readTree(l);
            String title = n.get("title").asText();
            String text = n.get("text").asText();
            articles++;
            StoryCleaner.Cleaned whole = cleaner.clean(title, text);
            for (Removal r : whole.removed()) {
                if (r.reason() == RemovalReason.OTHER
                        && (text.strip().startsWith(r.text()) || text.strip().endsWith(r.text()))) {
                    notes++;
                } else {
                    asGiven.add(title + " | " + r);
                }
            }
            // the same story with a line per paragraph, as it is printed: a much harder test
            String paragraphs = text.strip().replaceAll("(?<=[.!?\"”’:)])\\s{2,}", "\n");
            StoryCleaner.Cleaned split = cleaner.clean(title, paragraphs);
            for (Removal r : split.removed()) {
                if (r.reason() != RemovalReason.OTHER) {
                    asParagraphs.add(title + " | " + r);
                }
            }
            assertFalse(split.text().isBlank());
            // and a line per sentence: every short sentence is now a candidate for a cut
            String sentences = text.strip().replaceAll("(?<=[a-z0-9][.!?][\"”’]?)\\s+(?=[“\"\\p{Lu}])", "\n");
            for (Removal r : cleaner.clean(title, sentences).removed()) {
                if (r.reason() != RemovalReason.OTHER) {
                    asSentences.add(title + " | " + r);
                }
            }
        }
        System.out.println("Reuters: " + articles + " articles, correction notes cut: " + notes
                + ", other cuts as given: " + asGiven.size() + ", other cuts with a line per paragraph: "
                + asParagraphs.size() + ", with a line per sentence: " + asSentences.size());
        asGiven.forEach(s -> System.out.println("  given: " + s));
        asParagraphs.forEach(s -> System.out.println("  split: " + s));
        asSentences.forEach(s -> System.out.println("  sentence: " + s));
        assertTrue(articles > 900);
        assertTrue(notes >= 25, "correction notes are cut: " + notes);
        assertEquals(List.of(), asGiven);
        assertTrue(asParagraphs.size() <= articles / 100, "false cuts: " + asParagraphs);
        assertTrue(asSentences.size() <= articles / 50, "false cuts: " + asSentences);
    }
}
