package dev.newsgraph.reading;

import dev.newsgraph.model.Article;
import dev.newsgraph.reading.cleaning.StoryCleaner;

/**
 * Plain text to an article: the first line is the headline when it reads as one (short, no
 * closing full stop, more text after it); the rest, cleaned, is the story.
 */
public final class TextArticles {
    private static final int MAX_TITLE = 300;
    private final StoryCleaner cleaner;

    public TextArticles(StoryCleaner cleaner) {
        this.cleaner = cleaner;
    }

    /** An article from a text; {@code title} given by the input wins over a first-line headline. */
    public Article fromText(String title, String text, String url, String source, String published) {
        String body = text.replace("\r\n", "\n").replace('\r', '\n');
        if (title == null || title.isBlank()) {
            String stripped = body.strip();
            int nl = stripped.indexOf('\n');
            if (nl > 0) {
                String first = stripped.substring(0, nl).strip();
                String rest = stripped.substring(nl + 1).strip();
                if (!rest.isEmpty() && first.length() <= MAX_TITLE && looksLikeHeadline(first)) {
                    title = first;
                    body = rest;
                }
            }
        } else {
            title = title.strip();
            String stripped = body.strip();
            if (stripped.startsWith(title) && stripped.length() > title.length()) {
                body = stripped.substring(title.length());
            }
        }
        StoryCleaner.Cleaned cleaned = cleaner.clean(title, body);
        String id = ArticleIds.of(title, cleaned.text());
        return new Article(id, url, source, title == null ? null : title.strip(), published, null, cleaned.text(),
                cleaned.removed());
    }

    static boolean looksLikeHeadline(String line) {
        if (line.isEmpty()) {
            return false;
        }
        char last = line.charAt(line.length() - 1);
        return last != '.' && last != '"' && last != '\u201d' && last != ',' && last != ';';
    }
}
