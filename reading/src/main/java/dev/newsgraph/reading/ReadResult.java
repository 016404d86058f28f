package dev.newsgraph.reading;

import dev.newsgraph.model.Article;
import java.util.Objects;

/**
 * One item read from an input: an article, or the reason it could not be read. Reading never
 * throws for one bad item, so that its neighbours survive.
 *
 * @param origin names the item for messages: {@code file.txt}, {@code feed.jsonl:12},
 *               {@code crawl.warc.gz#3 https://...}
 */
public record ReadResult(String origin, Article article, String error) {
    public ReadResult {
        Objects.requireNonNull(origin, "origin");
        if ((article == null) == (error == null)) {
            throw new IllegalArgumentException("exactly one of article and error");
        }
    }

    public static ReadResult ok(String origin, Article article) {
        return new ReadResult(origin, article, null);
    }

    public static ReadResult failed(String origin, String error) {
        return new ReadResult(origin, null, error);
    }

    public boolean ok() {
        return article != null;
    }
}
