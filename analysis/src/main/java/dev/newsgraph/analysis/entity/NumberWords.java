package dev.newsgraph.analysis.entity;

import java.util.Map;

/** Small whole numbers written as digits or words ("45", "nine", "seventy"), as ages are. */
final class NumberWords {
    private static final Map<String, Integer> WORDS = Map.ofEntries(
            Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4),
            Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7), Map.entry("eight", 8),
            Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("eleven", 11), Map.entry("twelve", 12),
            Map.entry("thirteen", 13), Map.entry("fourteen", 14), Map.entry("fifteen", 15),
            Map.entry("sixteen", 16), Map.entry("seventeen", 17), Map.entry("eighteen", 18),
            Map.entry("nineteen", 19), Map.entry("twenty", 20), Map.entry("thirty", 30), Map.entry("forty", 40),
            Map.entry("fifty", 50), Map.entry("sixty", 60), Map.entry("seventy", 70), Map.entry("eighty", 80),
            Map.entry("ninety", 90));

    private NumberWords() {
    }

    /** The value of a whole number from 0 to 999, or null. */
    static Integer value(String s) {
        String w = s.toLowerCase(java.util.Locale.ROOT);
        if (w.matches("\\d{1,3}")) {
            return Integer.valueOf(w);
        }
        Integer v = WORDS.get(w);
        if (v != null) {
            return v;
        }
        int dash = w.indexOf('-');
        if (dash > 0) {
            Integer tens = WORDS.get(w.substring(0, dash));
            Integer ones = WORDS.get(w.substring(dash + 1));
            if (tens != null && ones != null && tens >= 20 && ones < 10) {
                return tens + ones;
            }
        }
        return null;
    }
}
