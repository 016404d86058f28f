package dev.newsgraph.reading;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Extracts all 151 pages of {@code shared/extraction}, scores them as
 * {@code shared/tools/extraction_score.py} does, writes {@code target/extraction-predictions.json}
 * (score it with the Python tool too), and holds the F1 above a floor just under what we reach.
 */
class DevSetExtractionTest {
    private static final double F1_FLOOR = 0.975;

    @Test
    void devSetF1StaysAboveTheFloor() throws Exception {
        Assumptions.assumeTrue(DevSet.present(), "shared/extraction not found");
        List<DevSet.Page> pages = DevSet.load();
        HtmlArticles html = HtmlArticles.create();
        ShingleScore score = new ShingleScore();
        ObjectMapper json = new ObjectMapper();
        ObjectNode predictions = json.createObjectNode();
        for (DevSet.Page p : pages) {
            String text = html.read(p.html(), null, null, null).article().text();
            predictions.putObject(p.id()).put("articleBody", text);
            score.add(p.truth(), text);
        }
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/extraction-predictions.json"), json.writeValueAsString(predictions));
        String figures = String.format("pages %d precision %.4f recall %.4f F1 %.4f", pages.size(),
                score.precision(), score.recall(), score.f1());
        System.out.println(figures);
        assertTrue(pages.size() == 151, "the dev set has 151 pages");
        assertTrue(score.f1() >= F1_FLOOR, figures);
    }
}
