package dev.newsgraph.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class JobOptionsTest {
    @Test
    void readsOptionsAndInputsInOrder() {
        JobOptions o = JobOptions.parse("--master", "local[2]", "--out", "/tmp/x", "a.jsonl", "--partitions", "8", "dir");
        assertEquals("local[2]", o.master());
        assertEquals(8, o.partitions());
        assertEquals(List.of("a.jsonl", "dir"), o.inputs());
    }

    @Test
    void badUsageIsOneClearLine() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> JobOptions.parse("a.jsonl")).getMessage()
                .contains("--out"));
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> JobOptions.parse("--out", "o", "--partitions", "x", "a")).getMessage().contains("not a number"));
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> JobOptions.parse("--out", "o", "--published", "yesterday", "a")).getMessage().contains("ISO"));
    }

    @Test
    void fingerprintIgnoresCaseQuotesAndSpacingButNotWords() {
        String a = TextFingerprint.of("\"We waited,\" she said.  Then  left.");
        assertEquals(a, TextFingerprint.of("“We waited,” she said. Then left."));
        assertEquals(a, TextFingerprint.of("we WAITED she said then left"));
        assertTrue(!a.equals(TextFingerprint.of("We waited, he said. Then left.")));
    }
}
