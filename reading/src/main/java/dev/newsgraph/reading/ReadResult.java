package dev.newsgraph.reading;

import dev.newsgraph.model.Article;
import java.util.Objects;

/**
 * One item read from an input: an article, or the reason it could not be read. Reading never
 * throws for one bad item, so that its neighbours survive.
 *
 * @param origin  names the item for messages: {@code file.txt}, {@code feed.jsonl:12},
 *                {@code crawl.warc.gz#3 https://...}
 * @param warning what was read other than as written (bytes that are not valid UTF-8 read by the
 *                documented fallback, a damaged element recovered), one line; null when none.
 *                A warned item is still an article: the warning is for the person who ran it.
 */
public record ReadResult(String origin, Article article, String error, String warning) {
    public ReadResult {
        Objects.requireNonNull(origin, "origin");
        if ((article == null) == (error == null)) {
            throw new IllegalArgumentException("exactly one of article and error");
        }
        // messages are one line whatever the input put in them (a feed's link, a record's URI)
        origin = oneLine(origin);
        error = oneLine(error);
        warning = oneLine(warning);
    }

    /** Line breaks of any kind, runs of them as one space. */
    private static String oneLine(String s) {
        if (s == null) {
            return null;
        }
        StringBuilder b = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean lineBreak = c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029'
                    || c == '\u000B' || c == '\f';
            if (lineBreak && b == null) {
                b = new StringBuilder(s.length()).append(s, 0, i);
            }
            if (b != null) {
                if (!lineBreak) {
                    b.append(c);
                } else if (b.length() == 0 || b.charAt(b.length() - 1) != ' ') {
                    b.append(' ');
                }
            }
        }
        return b == null ? s : b.toString();
    }

    public ReadResult(String origin, Article article, String error) {
        this(origin, article, error, null);
    }

    public static ReadResult ok(String origin, Article article) {
        return new ReadResult(origin, article, null, null);
    }

    public static ReadResult failed(String origin, String error) {
        return new ReadResult(origin, null, error, null);
    }

    /** This result with {@code warning} added (joined to one already there); null leaves it as it is. */
    public ReadResult withWarning(String more) {
        if (more == null) {
            return this;
        }
        return new ReadResult(origin, article, error, warning == null ? more : warning + "; " + more);
    }

    /** This result, its article replaced (its warning kept). */
    public ReadResult withArticle(Article replaced) {
        return new ReadResult(origin, replaced, null, warning);
    }

    public boolean ok() {
        return article != null;
    }
}
