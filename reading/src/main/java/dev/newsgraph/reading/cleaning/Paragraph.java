package dev.newsgraph.reading.cleaning;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One non-blank line of a body, with the signals the cleaner decides on: its shape (words,
 * sentences, final punctuation, verb-like words, title case, menu separators) and its topical
 * words (stemmed content words, and the capitalised ones that read as names).
 *
 * @param start   offset of the line's first character in the body
 * @param next    offset of the next line's first character (or the body's length)
 * @param content stems of the line's content words
 * @param names   stems of the capitalised words inside sentences (names, places, organisations)
 * @param anaphoric whether the line speaks of someone already named: it opens on "he", "she" or
 *                  "they", or gives a quote to one (", he said"); it continues a story rather than
 *                  opening one
 */
record Paragraph(int index, int start, int next, String text, int words, int sentences, boolean endsSentence,
                 boolean hasVerb, double titleCase, int separators, Set<String> content, Set<String> names,
                 boolean anaphoric) {

    /**
     * A word, with the apostrophes, full stops and hyphens inside it ("o'clock", "U.S.", "Jean-Luc").
     * Possessive: nothing follows that could need a shorter match, and a greedy group recurses once
     * per repetition in java.util.regex, so "a-a-a-..." thousands long overflowed the stack.
     */
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]++(?:['’.\\-][\\p{L}\\p{N}]++)*+");
    /**
     * A sentence's end: a run of final punctuation and the quotes closing it, before a capital or
     * the end. Matched only from the start of a run (the look-behind), and the runs possessively:
     * a long run of "!!!!" or "...." is one attempt, not one for each of its characters (which
     * made the pass quadratic in the run's length).
     */
    private static final Pattern SENTENCE_END = Pattern.compile(
            "(?<![.!?…])[.!?…]++[\"”’')\\]]*+(?=\\s+[\"“‘(]?[\\p{Lu}\\p{N}]|\\s*$)");
    /** Closing quotes, brackets and spaces at the end of a line, which a final full stop may stand before. */
    private static final String CLOSERS = "\"”’')]";
    private static final Pattern AFTER_QUOTE = Pattern.compile(".*[”\"’],?\\s*");
    private static final Set<String> ANAPHORS = Set.of("he", "she", "they", "him", "them");
    private static final Pattern SEPARATOR = Pattern.compile("\\s[|»›•·>/]\\s|\\s[|»›•·]|[|»›•·]\\s");

    /** The non-blank lines of a body, in order. */
    static List<Paragraph> split(String body, CleaningLexicon lexicon) {
        List<Paragraph> out = new ArrayList<>();
        int pos = 0;
        while (pos < body.length()) {
            int nl = body.indexOf('\n', pos);
            int end = nl < 0 ? body.length() : nl;
            int next = nl < 0 ? body.length() : nl + 1;
            String line = body.substring(pos, end).strip();
            if (!line.isEmpty()) {
                out.add(of(out.size(), pos, next, line, lexicon));
            } else if (!out.isEmpty()) {
                Paragraph last = out.remove(out.size() - 1);
                out.add(last.withNext(next));
            }
            pos = next;
        }
        return out;
    }

    static Paragraph of(int index, int start, int next, String line, CleaningLexicon lexicon) {
        Matcher m = WORD.matcher(line);
        int words = 0;
        int capitalised = 0;
        int lexical = 0;
        boolean verb = false;
        boolean anaphoric = false;
        boolean sentenceStart = true;
        Set<String> content = new LinkedHashSet<>();
        Set<String> names = new LinkedHashSet<>();
        int lastEnd = 0;
        while (m.find()) {
            String between = line.substring(lastEnd, m.start());
            if (words > 0 && sentenceBreak(between)) {
                sentenceStart = true;
            }
            lastEnd = m.end();
            words++;
            String w = m.group();
            String lower = w.toLowerCase(Locale.ROOT).replaceAll("['’]s$", "");
            boolean upper = Character.isUpperCase(w.codePointAt(0));
            anaphoric |= ANAPHORS.contains(lower)
                    && (words == 1 || AFTER_QUOTE.matcher(line.substring(Math.max(0, m.start() - 3), m.start())).matches());
            if (lexicon.isVerb(lower) || (lower.length() > 4 && lower.endsWith("ed") && !upper)) {
                verb = true;
            }
            if (!lexicon.isStopword(lower) && lower.chars().anyMatch(Character::isLetter)) {
                lexical++;
                if (upper) {
                    capitalised++;
                }
                if (lower.length() >= 3 || upper) {
                    String stem = stem(lower);
                    content.add(stem);
                    if (upper && !sentenceStart) {
                        names.add(stem);
                    }
                }
            }
            sentenceStart = false;
        }
        int sentences = 0;
        Matcher s = SENTENCE_END.matcher(line);
        while (s.find()) {
            sentences++;
        }
        int bareEnd = line.length();
        while (bareEnd > 0 && (CLOSERS.indexOf(line.charAt(bareEnd - 1)) >= 0
                || " \t\n\u000B\f\r".indexOf(line.charAt(bareEnd - 1)) >= 0)) {
            bareEnd--;
        }
        boolean ends = bareEnd > 0 && ".!?…".indexOf(line.charAt(bareEnd - 1)) >= 0;
        int separators = 0;
        Matcher sep = SEPARATOR.matcher(line);
        while (sep.find()) {
            separators++;
        }
        return new Paragraph(index, start, next, line, words, Math.max(sentences, ends ? 1 : 0), ends, verb,
                lexical == 0 ? 0 : capitalised / (double) lexical, separators, Set.copyOf(content), Set.copyOf(names),
                anaphoric);
    }

    /**
     * Whether the text between two words ends a sentence: a {@code . ! ? :} followed by nothing
     * but non-word characters (a closing quote, a bracket, spaces). Read from the end, once: the
     * pattern it replaces ({@code .*[.!?:]\W*}) went back and forth over long runs of punctuation.
     */
    static boolean sentenceBreak(String between) {
        int firstTerminator = between.length(); // the pattern's ".*" stopped at a line terminator
        for (int k = 0; k < between.length(); k++) {
            char t = between.charAt(k);
            if (t == '\n' || t == '\r' || t == '\u0085' || t == '\u2028' || t == '\u2029') {
                firstTerminator = k;
                break;
            }
        }
        for (int i = between.length() - 1; i >= 0; i--) {
            char c = between.charAt(i);
            if ((c == '.' || c == '!' || c == '?' || c == ':') && i <= firstTerminator) {
                return true;
            }
            if (c < 128 && (Character.isLetterOrDigit(c) || c == '_')) {
                return false;
            }
        }
        return false;
    }

    /** A crude stem, enough to match "hostages" with "hostage" and "talks" with "talk". */
    static String stem(String lower) {
        String w = lower;
        if (w.length() > 4 && w.endsWith("s") && !w.endsWith("ss")) {
            w = w.substring(0, w.length() - 1);
        }
        return w.length() > 6 ? w.substring(0, 6) : w;
    }

    /** Content stems of any text (a headline). */
    static Set<String> contentOf(String text, CleaningLexicon lexicon) {
        return text == null ? Set.of() : of(0, 0, 0, text, lexicon).content();
    }

    Paragraph withNext(int newNext) {
        return new Paragraph(index, start, newNext, text, words, sentences, endsSentence, hasVerb, titleCase,
                separators, content, names, anaphoric);
    }

    /** A paragraph of real prose: several sentences, or one long one. Never cut as a teaser or label. */
    boolean isProse() {
        return sentences >= 3 || words > 45 || (sentences >= 2 && words > 30);
    }
}
