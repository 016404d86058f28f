package dev.newsgraph.collect;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** What a followed source is, told by its first bytes: its items are found differently in each. */
public enum SourceKind {
    /** RSS or Atom: each item's link is an article. */
    FEED,
    /** A sitemap (news sitemaps included) or a sitemap index: each URL is an article. */
    SITEMAP,
    /** A page: itself an article, stored again when its story changes. */
    PAGE;

    /** The kind of a body, by its root element. */
    static SourceKind of(byte[] body) {
        String head = new String(body, 0, Math.min(body.length, 2048), StandardCharsets.ISO_8859_1)
                .toLowerCase(Locale.ROOT);
        if (head.contains("<urlset") || head.contains("<sitemapindex")) {
            return SITEMAP;
        }
        if (head.contains("<rss") || head.contains("<feed") || head.contains("<rdf:rdf") || head.contains("<channel")) {
            return FEED;
        }
        return PAGE;
    }

    /** The name kept in the store and shown by {@code query sources}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
