package dev.newsgraph.store;

import java.util.List;

/**
 * An article matching a full-text search. {@code parts} is its snippet in pieces, the matching
 * words marked: the one to read where the marks matter (a page highlighting them), as it holds
 * for any text. {@code snippet} is the same text to read, the matches in {@code [brackets]}; a
 * bracket of the article's own text looks the same there.
 */
public record SearchHit(String articleId, String title, String url, String published, String snippet,
                        List<SnippetPart> parts, double score) {
    public SearchHit {
        parts = List.copyOf(parts);
    }
}
