package dev.newsgraph.analysis.linguistics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StringTableTest {
    private static final List<String> STRINGS = List.of("a", "", "ß", "naïve – “quoted”", "Aa", "BB", "long ".repeat(100),
            "PREV-WORD-the|C", "😀");

    @Test
    void numbersEachStringByItsPlaceAndFindsItByItsText() {
        StringTable table = StringTable.of(STRINGS);
        assertEquals(STRINGS.size(), table.size());
        for (int i = 0; i < STRINGS.size(); i++) {
            assertEquals(i, table.indexOf(new String(STRINGS.get(i).toCharArray())), STRINGS.get(i));
            assertEquals(STRINGS.get(i), table.get(i));
        }
        assertEquals(STRINGS, table.asList());
        // "Aa" and "BB" share a hash code: each is still found as itself
        assertEquals("Aa".hashCode(), "BB".hashCode());
        for (String absent : List.of("b", "A", "naïve", "long ", "ss", "AaBB", "PREV-WORD-the|Cp")) {
            assertEquals(-1, table.indexOf(absent), absent);
        }
    }

    @Test
    void aLargeTableAgreesWithAHashMap() {
        List<String> words = new ArrayList<>();
        Map<String, Integer> map = new HashMap<>();
        for (int i = 0; i < 50_000; i++) {
            String w = Integer.toString(i * 7919, 36) + (i % 3 == 0 ? "é" : "");
            map.put(w, words.size());
            words.add(w);
        }
        StringTable table = StringTable.of(words);
        for (Map.Entry<String, Integer> e : map.entrySet()) {
            assertEquals(e.getValue(), table.indexOf(e.getKey()));
        }
        for (int i = 0; i < 1_000; i++) {
            assertEquals(-1, table.indexOf("x" + i + "-"));
        }
    }

    @Test
    void refusesAStringTwice() {
        assertThrows(IllegalArgumentException.class, () -> StringTable.of(List.of("a", "b", "a")));
    }

    @Test
    void tablesAreEqualWhenTheyHoldTheSameStringsInTheSameOrder() {
        assertEquals(StringTable.of(STRINGS), StringTable.of(new ArrayList<>(STRINGS)));
        assertEquals(StringTable.of(STRINGS).hashCode(), StringTable.of(new ArrayList<>(STRINGS)).hashCode());
        assertNotEquals(StringTable.of(List.of("ab", "c")), StringTable.of(List.of("a", "bc")));
        assertNotEquals(StringTable.of(List.of("a", "b")), StringTable.of(List.of("b", "a")));
    }

    @Test
    void aCompactFilesStringsReadAsATableAreTheStringsWritten() throws Exception {
        for (List<String> strings : List.of(STRINGS, List.of("ascii", "only"), List.<String>of())) {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (CompactModelOutput out = new CompactModelOutput(bytes, "test", "nowhere")) {
                out.writeStrings(strings);
                out.writeInt(7);
            }
            StringTable table = CompactModelInput.of(bytes.toByteArray(), "test.bin", "test", "nowhere").read(in -> {
                StringTable t = in.readStringTable();
                assertEquals(7, in.readInt());
                return t;
            });
            assertEquals(StringTable.of(strings), table);
            assertEquals(strings, table.asList());
        }
    }

    @Test
    void aLexiconReadFromItsFileIsTheMapWritten() throws Exception {
        Map<String, String> lexicon = new HashMap<>(Map.of("the", "c1", "The", "c1", "Köln", "c2", "1999", "c3"));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (CompactModelOutput out = new CompactModelOutput(bytes, ClusterLexicons.KIND, "nowhere")) {
            ClusterLexicons.write(lexicon, out);
        }
        Map<String, String> read = ClusterLexicons.readFrom(CompactModelInput.of(bytes.toByteArray(), "test.bin", ClusterLexicons.KIND, "nowhere"));
        assertEquals(lexicon, read);
        assertEquals(read, lexicon);
        assertEquals(lexicon.hashCode(), read.hashCode());
        assertEquals("c2", read.get("Köln"));
        assertNull(read.get("köln"));
        assertEquals("unknown", read.getOrDefault("köln", "unknown"));
        assertTrue(read.containsKey("1999"));
        assertEquals(4, read.size());
    }
}
