package dev.newsgraph.store.linking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newsgraph.store.NewsFixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class MinHashTest {
    @Test
    void rewrittenCopyIsSimilarAndSharesABand() {
        int[] a = MinHash.signature(NewsFixtures.STRIKE_TEXT);
        int[] b = MinHash.signature(NewsFixtures.STRIKE_REWRITE);
        assertTrue(MinHash.similarity(a, b) >= 0.5, "similarity " + MinHash.similarity(a, b));
        assertTrue(shareBand(a, b));
        assertTrue(MinHash.similarity(a, MinHash.signature(NewsFixtures.MEETING_TEXT)) < 0.1);
        assertEquals(1.0, MinHash.similarity(a, MinHash.fromBytes(MinHash.toBytes(a))));
    }

    @Test
    void textWithoutTwoContentWordsHasNoSignature() {
        assertNull(MinHash.signature("It was the one."));
    }

    /** On real wire copy, unrelated reports rarely become candidates, so grouping stays cheap at scale. */
    @Test
    void fewPairsOfRealReutersReportsShareABand() throws Exception {
        Path corpus = Path.of("../../shared/corpus/reuters-2017.jsonl");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.exists(corpus), "shared corpus not present");
        ObjectMapper json = new ObjectMapper();
        List<int[]> sigs = new ArrayList<>();
        for (String line : Files.readAllLines(corpus)) {
            if (!line.isBlank()) {
                int[] s = MinHash.signature(json.readTree(line).get("text").asText());
                if (s != null) {
                    sigs.add(s);
                }
            }
        }
        long pairs = 0;
        long candidates = 0;
        for (int i = 0; i < sigs.size(); i++) {
            for (int j = i + 1; j < sigs.size(); j++) {
                pairs++;
                if (shareBand(sigs.get(i), sigs.get(j))) {
                    candidates++;
                }
            }
        }
        assertTrue(pairs > 400_000);
        assertTrue(candidates < pairs / 2000, candidates + " of " + pairs);
        assertTrue(candidates > 0, "the corpus holds duplicates, which must be found");
    }

    private static boolean shareBand(int[] a, int[] b) {
        long[] x = MinHash.bands(a);
        long[] y = MinHash.bands(b);
        for (int i = 0; i < x.length; i++) {
            if (x[i] == y[i]) {
                return true;
            }
        }
        return false;
    }
}
