package dev.newsgraph.collect;

import crawlercommons.sitemaps.AbstractSiteMap;
import crawlercommons.sitemaps.SiteMap;
import crawlercommons.sitemaps.SiteMapIndex;
import crawlercommons.sitemaps.SiteMapParser;
import crawlercommons.sitemaps.SiteMapURL;
import crawlercommons.sitemaps.UnknownFormatException;
import crawlercommons.sitemaps.extension.Extension;
import dev.newsgraph.collect.http.NormalUrl;
import dev.newsgraph.reading.BadInputException;
import dev.newsgraph.reading.FeedArticles;
import dev.newsgraph.reading.ReadResult;
import java.io.IOException;
import java.net.URL;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The article URLs a feed or a sitemap lists, in normal form and in their order, each once. A
 * feed is read by the reading layer's feed reader (forgiving: a broken feed still gives the
 * items that can be read); a sitemap by crawler-commons, news sitemaps included. A sitemap index
 * gives the sitemaps it lists, for the caller to fetch.
 */
final class ItemLinks {
    /** The URLs found, and the sitemaps an index points to. */
    record Found(List<String> items, List<String> sitemaps) {
    }

    private final FeedArticles feeds;

    ItemLinks(FeedArticles feeds) {
        this.feeds = feeds;
    }

    Found feed(String url, byte[] body) throws BadInputException {
        Set<String> links = new LinkedHashSet<>();
        String text = new String(body, java.nio.charset.StandardCharsets.ISO_8859_1).toLowerCase(java.util.Locale.ROOT);
        if (!text.contains("<item") && !text.contains("<entry")
                && (text.contains("</channel>") || text.contains("</feed>"))) {
            return new Found(List.of(), List.of()); // a quiet day: a feed with no items is no failure
        }
        try (Stream<ReadResult> items = feeds.read(url, body)) {
            items.filter(ReadResult::ok).map(r -> r.article().url()).filter(l -> l != null && !l.isBlank())
                    .forEach(l -> NormalUrl.resolve(url, l).ifPresent(links::add));
        }
        return new Found(new ArrayList<>(links), List.of());
    }

    Found sitemap(String url, byte[] body, String contentType) throws BadInputException {
        SiteMapParser parser = new SiteMapParser(false);
        parser.enableExtension(Extension.NEWS);
        try {
            AbstractSiteMap map = parser.parseSiteMap(contentType == null ? "text/xml" : contentType, body, new URL(url));
            Set<String> links = new LinkedHashSet<>();
            List<String> sitemaps = new ArrayList<>();
            if (map instanceof SiteMapIndex index) {
                for (AbstractSiteMap child : index.getSitemaps()) {
                    NormalUrl.of(child.getUrl().toString()).ifPresent(sitemaps::add);
                }
            } else if (map instanceof SiteMap sm) {
                for (SiteMapURL u : sm.getSiteMapUrls()) {
                    NormalUrl.of(u.getUrl().toString()).ifPresent(links::add);
                }
            }
            return new Found(new ArrayList<>(links), sitemaps);
        } catch (UnknownFormatException | IOException e) {
            throw new BadInputException(url, "not a readable sitemap (" + e.getMessage() + ")");
        }
    }
}
