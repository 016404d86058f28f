package dev.newsgraph.analysis.linguistics;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.List;

/**
 * Distinct strings numbered from 0 in the order given, found by their text: what a
 * {@code HashMap<String, Integer>} of a model's vocabulary does, held in three arrays. A model's
 * vocabularies are large (half a million words of clusters, 350,000 NER features), and as a hash
 * map each entry is a {@code String}, its bytes, a map node and a boxed number, some 90 bytes
 * beside its text; here all the texts are one string (one byte a character where all are
 * Latin-1, as Java stores such strings), with the end of each and an open-addressed table of
 * numbers: about 12 bytes an entry beside the text. A lookup hashes the asked string as
 * {@link String#hashCode} does (a string caches that) and compares its characters with one
 * region of the text. Immutable: thread-safe.
 */
public final class StringTable {
    /** Every string, one after another. */
    private final String text;
    /** Where each string ends in {@link #text}. */
    private final int[] ends;
    /** Open addressing, probed linearly from a string's hash: its number plus one, 0 where free. */
    private final int[] slots;

    private StringTable(String text, int[] ends) {
        this.text = text;
        this.ends = ends;
        // at most three quarters full, so that a probe for an absent string ends soon
        int capacity = Integer.highestOneBit(Math.max(4, ends.length + ends.length / 3)) * 2;
        slots = new int[capacity];
        // built over a copy of the characters and with each string's hash at hand (both dropped after):
        // a table of half a million strings is built at every start, and charAt's checks would double its time
        char[] chars = text.toCharArray();
        int[] hashes = new int[ends.length];
        int start = 0;
        for (int i = 0; i < ends.length; i++) {
            int h = 0;
            for (int c = start; c < ends[i]; c++) {
                h = 31 * h + chars[c]; // String.hashCode's sum
            }
            hashes[i] = h;
            int slot = spread(h) & (capacity - 1);
            while (slots[slot] != 0) {
                int other = slots[slot] - 1;
                if (hashes[other] == h && equalsAt(other, text, start, ends[i] - start)) {
                    throw new IllegalArgumentException("string table: \"" + get(i) + "\" twice");
                }
                slot = (slot + 1) & (capacity - 1);
            }
            slots[slot] = i + 1;
            start = ends[i];
        }
    }

    /** The table of {@code strings}, each numbered by its place in the list; they must be distinct. */
    public static StringTable of(List<String> strings) {
        int[] ends = new int[strings.size()];
        int length = 0;
        for (int i = 0; i < ends.length; i++) {
            length += strings.get(i).length();
            ends[i] = length;
        }
        StringBuilder text = new StringBuilder(length);
        for (String s : strings) {
            text.append(s);
        }
        return new StringTable(text.toString(), ends);
    }

    /** The table of strings given as one text and the end of each in it (the table keeps {@code ends}). */
    public static StringTable of(String text, int[] ends) {
        int start = 0;
        for (int end : ends) {
            if (end < start || end > text.length()) {
                throw new IllegalArgumentException("string table: ends out of order");
            }
            start = end;
        }
        if (start != text.length()) {
            throw new IllegalArgumentException("string table: text beyond the last string");
        }
        return new StringTable(text, ends);
    }

    private static int spread(int h) {
        return h ^ (h >>> 16);
    }

    private int start(int i) {
        return i == 0 ? 0 : ends[i - 1];
    }

    private boolean equalsAt(int i, String s, int from, int length) {
        int start = start(i);
        return ends[i] - start == length && text.regionMatches(start, s, from, length);
    }

    /** The number of {@code s}, or -1 where it is not in the table. */
    public int indexOf(String s) {
        int mask = slots.length - 1;
        for (int slot = spread(s.hashCode()) & mask; ; slot = (slot + 1) & mask) {
            int n = slots[slot];
            if (n == 0) {
                return -1;
            }
            if (equalsAt(n - 1, s, 0, s.length())) {
                return n - 1;
            }
        }
    }

    /** The string numbered {@code i}. */
    public String get(int i) {
        return text.substring(start(i), ends[i]);
    }

    public int size() {
        return ends.length;
    }

    /** The strings in their order (a view; each string is made when asked for). */
    public List<String> asList() {
        return new AbstractList<>() {
            @Override
            public String get(int index) {
                return StringTable.this.get(index);
            }

            @Override
            public int size() {
                return ends.length;
            }
        };
    }

    /** Equal when they hold the same strings in the same order, so with the same numbers. */
    @Override
    public boolean equals(Object o) {
        return o instanceof StringTable t && text.equals(t.text) && Arrays.equals(ends, t.ends);
    }

    @Override
    public int hashCode() {
        return text.hashCode() * 31 + Arrays.hashCode(ends);
    }

    @Override
    public String toString() {
        return "StringTable[" + ends.length + " strings]";
    }
}
