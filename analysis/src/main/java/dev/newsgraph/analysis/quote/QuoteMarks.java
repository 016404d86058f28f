package dev.newsgraph.analysis.quote;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds quoted passages by pairing quotation marks: straight double quotes, curly double
 * quotes, and guillemets. Single quotes nest inside double ones and are not paired on their own
 * (they are too often apostrophes). An unclosed quote runs to the end of its paragraph, as a
 * news quote that continues into the next paragraph does.
 */
public final class QuoteMarks {
    private QuoteMarks() {
    }

    /** A quoted passage: char offsets of the words inside the marks. */
    public record Quoted(int start, int end) {
        public boolean contains(int offset) {
            return start <= offset && offset < end;
        }

        /**
         * The offset of its last letter or digit in {@code text}: the closing marks and punctuation of a
         * quote may fall in the next sentence, its words do not.
         */
        public int lastWordChar(String text) {
            int k = end - 1;
            while (k > start && !Character.isLetterOrDigit(text.charAt(k))) {
                k--;
            }
            return k;
        }
    }

    public static List<Quoted> find(String text) {
        List<Quoted> out = new ArrayList<>();
        int open = -1;
        char closer = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (open < 0) {
                if (c == '\u201c') {
                    open = i + 1;
                    closer = '\u201d';
                } else if (c == '\u00ab') {
                    open = i + 1;
                    closer = '\u00bb';
                } else if (c == '"') {
                    open = i + 1;
                    closer = '"';
                }
            } else if (c == closer || (closer == '\u201d' && c == '"')) {
                add(out, text, open, i);
                open = -1;
            } else if (c == '\n' && i + 1 < text.length() && text.charAt(i + 1) == '\n' || c == '\n' && closer == '"') {
                // a paragraph break closes an open quote: news continues multi-paragraph quotes with a new mark
                add(out, text, open, i);
                open = -1;
            }
        }
        if (open >= 0) {
            add(out, text, open, text.length());
        }
        return out;
    }

    private static void add(List<Quoted> out, String text, int start, int end) {
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        // a quote within the quote: “‘Are you ashamed?’” is the inner words
        if (end - start > 2 && text.charAt(start) == '\u2018' && text.charAt(end - 1) == '\u2019') {
            start++;
            end--;
        }
        if (end > start) {
            out.add(new Quoted(start, end));
        }
    }

    private static final java.util.Set<String> NAME_LINKS = java.util.Set.of("of", "the", "in", "with", "and", "a",
            "an", "to", "for", "on", "at", "by", "de", "la", "du", "von", "van", "der", "&");
    private static final java.util.regex.Pattern NAME_WORD = java.util.regex.Pattern.compile("[\\p{L}\\p{N}&][\\p{L}\\p{N}'\u2019.&-]*");

    /**
     * Whether quoted words are a name or a named term rather than someone's words: at most six
     * words, each capitalised, a number, or a word that joins the words of a name ("Made in China
     * 2025", "Meet the Press", "America First", "INDO-PACIFIC"), with no punctuation that ends or
     * breaks a clause. News puts titles, slogans, programmes and coined terms in quotation marks
     * to name them; a fragment that somebody said is written as they said it, which is lower case
     * words ("vowed to \"shred\" the deal") or a sentence with its punctuation.
     */
    public static boolean isNamedTerm(String words) {
        String w = words.strip();
        if (w.isEmpty() || w.matches("(?s).*[.!?,;:]['\u2019\u201d]?$")) {
            return false;
        }
        java.util.regex.Matcher m = NAME_WORD.matcher(w);
        int n = 0;
        boolean named = false;
        while (m.find()) {
            String t = m.group();
            n++;
            if (n > 6) {
                return false;
            }
            int c = t.codePointAt(0);
            if (Character.isUpperCase(c) || Character.isDigit(c)) {
                named = true;
            } else if (!NAME_LINKS.contains(t.toLowerCase(java.util.Locale.ROOT))) {
                return false;
            }
        }
        return named && w.replaceAll("[\\p{L}\\p{N}\\s'\u2019.&-]", "").isEmpty();
    }

    /** Whether char offset {@code offset} lies inside one of {@code quotes}. */
    public static boolean inside(List<Quoted> quotes, int offset) {
        for (Quoted q : quotes) {
            if (q.contains(offset)) {
                return true;
            }
        }
        return false;
    }
}
