package dev.newsgraph.cli.eval;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Names and texts as the scoring rules compare them: accents and case folded, quotation marks
 * and punctuation dropped, a possessive "'s" and a leading article removed; and the word tokens
 * of a folded text. The same steps, in the same order, as {@code norm} and {@code tokens} of the
 * development tools' reference scorer ({@code score.py}).
 */
final class NameFolding {
    private static final int U = Pattern.UNICODE_CHARACTER_CLASS;
    private static final Pattern MARKS = Pattern.compile("\\p{M}");
    private static final Pattern PUNCTUATION = Pattern.compile("[\"\u201c\u201d.,;:!?()\\[\\]]");
    private static final Pattern POSSESSIVE = Pattern.compile("'s\\b", U);
    private static final Pattern SPACE = Pattern.compile("\\s+", U);
    private static final Pattern ARTICLE = Pattern.compile("^(the|a|an) ");
    private static final Pattern TOKEN = Pattern.compile("[a-z0-9]+");

    private NameFolding() {
    }

    /** The folded form; null folds to "". */
    static String fold(String s) {
        String t = Normalizer.normalize(s == null ? "" : s, Normalizer.Form.NFKD);
        t = MARKS.matcher(t).replaceAll("").toLowerCase(Locale.ROOT);
        t = t.replace('\u2019', '\'').replace('\u2018', '\'');
        t = PUNCTUATION.matcher(t).replaceAll(" ");
        t = POSSESSIVE.matcher(t).replaceAll("");
        t = SPACE.matcher(t).replaceAll(" ").strip();
        return ARTICLE.matcher(t).replaceFirst("");
    }

    /** The word tokens of the folded text. */
    static List<String> tokens(String s) {
        List<String> out = new ArrayList<>();
        Matcher m = TOKEN.matcher(fold(s));
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }
}
