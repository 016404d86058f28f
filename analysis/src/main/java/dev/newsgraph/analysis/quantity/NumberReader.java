package dev.newsgraph.analysis.quantity;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reads the value of a written number: digits ("1,200", "3.5"), words ("nine", "twenty-five",
 * "two hundred"), scales ("1.5 million", "21bn", "40 crore") and "dozen" ("two dozen" is 24);
 * and, for ages, a single word that is a small whole number ({@link #readWhole}). The one reader of
 * number words in the module: stateless and thread-safe; also offers the regular-expression
 * fragments that match such numbers, for the other readers of this module (the time tagger uses
 * them for "two months", the entity stage's descriptions for "Ana Ruiz, 54," and "a nine-year-old").
 */
public final class NumberReader {
    private static final Map<String, Integer> UNITS = Map.ofEntries(
            Map.entry("zero", 0), Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3),
            Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7),
            Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("eleven", 11),
            Map.entry("twelve", 12), Map.entry("thirteen", 13), Map.entry("fourteen", 14),
            Map.entry("fifteen", 15), Map.entry("sixteen", 16), Map.entry("seventeen", 17),
            Map.entry("eighteen", 18), Map.entry("nineteen", 19), Map.entry("twenty", 20),
            Map.entry("thirty", 30), Map.entry("forty", 40), Map.entry("fifty", 50), Map.entry("sixty", 60),
            Map.entry("seventy", 70), Map.entry("eighty", 80), Map.entry("ninety", 90),
            Map.entry("a", 1), Map.entry("an", 1), Map.entry("single", 1));
    private static final Map<String, Double> SCALES = Map.ofEntries(
            Map.entry("hundred", 1e2), Map.entry("thousand", 1e3), Map.entry("k", 1e3),
            Map.entry("million", 1e6), Map.entry("mln", 1e6), Map.entry("mn", 1e6), Map.entry("m", 1e6),
            Map.entry("billion", 1e9), Map.entry("bln", 1e9), Map.entry("bn", 1e9), Map.entry("b", 1e9),
            Map.entry("trillion", 1e12), Map.entry("tn", 1e12), Map.entry("tr", 1e12), Map.entry("trn", 1e12),
            Map.entry("lakh", 1e5), Map.entry("lakhs", 1e5), Map.entry("crore", 1e7), Map.entry("crores", 1e7),
            Map.entry("dozen", 12.0));

    /** A number word below a hundred: "nine", "twenty-five". */
    public static final String WORD = "(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-(?:one|two|three|four"
            + "|five|six|seven|eight|nine))?|zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
            + "|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)";
    /** Digits with thousands separators or a decimal part: "1,200", "3.5", "24". */
    public static final String DIGITS = "(?:\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?)";
    /** A scale word after a number: "million", "bn", "crore", "dozen". */
    public static final String SCALE = "(?:hundred|thousand|million|billion|trillion|lakhs?|crores?|dozen)";
    /** A whole written number: "1.5 million", "two hundred", "nine", "2,000", "a dozen". */
    public static final String NUMBER = "(?:(?:" + DIGITS + "|" + WORD + "|a|an)(?:\\s+" + SCALE + ")*|" + DIGITS + ")";
    /** Like {@link #NUMBER} but "a" and "an" only before a scale ("a dozen", "a million"), never alone. */
    public static final String COUNT = "(?:(?:a|an)(?:\\s+" + SCALE + ")+|(?:" + DIGITS + "|" + WORD + ")(?:\\s+" + SCALE + ")*)";

    private static final Pattern SPLIT = Pattern.compile("[\\s-]+");
    private static final Pattern WHOLE = Pattern.compile("\\d{1,3}|" + WORD, Pattern.CASE_INSENSITIVE);

    private NumberReader() {
    }

    /**
     * The value of {@code text}, or null where it is not a number this reader knows. Case and
     * surrounding space are ignored; "and" inside ("two hundred and fifty") is skipped.
     */
    public static Double read(String text) {
        if (text == null) {
            return null;
        }
        String s = text.strip().toLowerCase(Locale.ROOT);
        if (s.isEmpty()) {
            return null;
        }
        double total = 0;
        double current = 0;
        boolean any = false;
        for (String w : SPLIT.split(s)) {
            if (w.isEmpty() || w.equals("and")) {
                continue;
            }
            Double digits = digits(w);
            if (digits != null) {
                current += digits;
                any = true;
                continue;
            }
            Integer unit = UNITS.get(w);
            if (unit != null) {
                current += unit;
                any = true;
                continue;
            }
            Double scale = SCALES.get(w);
            if (scale != null) {
                if (current == 0) {
                    current = 1;
                }
                if (scale < 1000 && scale != 1e5) {
                    current *= scale;
                } else {
                    total += current * scale;
                    current = 0;
                }
                any = true;
                continue;
            }
            return null;
        }
        return any ? clean(total + current) : null;
    }

    /**
     * The value of one word that writes a whole number from 0 to 999 in digits or words, as ages
     * are written ("45", "nine", "Seventy", "twenty-five"), or null for anything else ("1,200",
     * "3.5", "a", "two hundred", "dozen").
     */
    public static Integer readWhole(String word) {
        if (word == null || !WHOLE.matcher(word).matches()) {
            return null;
        }
        return read(word).intValue();
    }

    /** {@code v} rounded to 12 significant digits, so that 8.3 billion is 8300000000 and not 8300000000.000001. */
    public static double clean(double v) {
        if (v == 0 || Double.isNaN(v) || Double.isInfinite(v)) {
            return v;
        }
        return new java.math.BigDecimal(v).round(new java.math.MathContext(12)).doubleValue();
    }

    private static Double digits(String w) {
        if (w.isEmpty() || !Character.isDigit(w.charAt(0))) {
            return null;
        }
        String plain = w.replace(",", "");
        for (int i = 0; i < plain.length(); i++) {
            char c = plain.charAt(i);
            if (!Character.isDigit(c) && c != '.') {
                return null;
            }
        }
        try {
            return Double.parseDouble(plain);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
