package dev.newsgraph.reading;

import dev.newsgraph.model.Article;
import dev.newsgraph.model.Removal;
import dev.newsgraph.model.RemovalReason;
import dev.newsgraph.reading.html.HtmlCharset;
import dev.newsgraph.reading.html.MainTextExtractor;
import dev.newsgraph.reading.html.MetadataReader;
import dev.newsgraph.reading.html.PageMetadata;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;

/**
 * An HTML page to an article: charset, parse (jsoup), metadata, story text. A page with no story
 * text (all script, a frameset, an empty shell) gives an article with empty text and the reason
 * in {@code removed}. Thread-safe.
 */
public final class HtmlArticles {
    private static final int MAX_DEPTH = 400;

    private final MainTextExtractor extractor;
    private final LanguageGuesser languages;

    public HtmlArticles(MainTextExtractor extractor, LanguageGuesser languages) {
        this.extractor = extractor;
        this.languages = languages;
    }

    public static HtmlArticles create() {
        return new HtmlArticles(MainTextExtractor.create(), LanguageGuesser.create());
    }

    /** A page, its metadata and its author, as read. */
    public record Page(Article article, PageMetadata metadata, String method) {
    }

    /**
     * Reads a page's bytes.
     *
     * @param url         where the page came from (the WARC target URI), or null
     * @param contentType the HTTP Content-Type header, or null
     * @param fallbackDate the date to use when the page carries none (may be null)
     */
    public Page read(byte[] bytes, String url, String contentType, String fallbackDate) {
        return parse(HtmlCharset.decode(bytes, contentType), url, fallbackDate);
    }

    /** Reads a page already decoded to text. */
    public Page parse(String html, String url, String fallbackDate) {
        Document doc = Jsoup.parse(html, url == null ? "" : url, Parser.htmlParser());
        PageMetadata meta = MetadataReader.read(doc, url);
        List<Removal> removed = new ArrayList<>();
        String text;
        String method;
        if (depth(doc.body()) > MAX_DEPTH) {
            text = "";
            method = "none";
            removed.add(new Removal("page nested more than " + MAX_DEPTH + " elements deep; not read",
                    RemovalReason.OTHER));
        } else {
            MainTextExtractor.Extraction x = extractor.extract(doc.body(), meta.title(), meta.siteName(), meta.description(),
                    meta.articleBody());
            text = x.text();
            method = x.method();
            removed.addAll(x.removed());
        }
        if (text.isEmpty()) {
            String why = !doc.select("frameset, frame").isEmpty() ? "a frameset: the story is in other pages"
                    : "no story text found in the page";
            removed.add(0, new Removal(why, RemovalReason.OTHER));
        }
        String published = meta.published() != null ? meta.published() : fallbackDate;
        String title = meta.title();
        String language = languages.guess(text.isEmpty() ? title : text, meta.language());
        Article a = new Article(ArticleIds.of(title, text), meta.canonicalUrl() != null ? meta.canonicalUrl() : url,
                meta.siteName(), title, published, language, text, removed);
        return new Page(a, meta, method);
    }

    /** How deep elements nest under {@code root}, counted up to just past the cap (one pass, no recursion). */
    private static int depth(org.jsoup.nodes.Element root) {
        if (root == null) {
            return 0;
        }
        int[] max = {0};
        org.jsoup.select.NodeTraversor.filter(new org.jsoup.select.NodeFilter() {
            @Override
            public FilterResult head(org.jsoup.nodes.Node node, int depth) {
                if (node instanceof org.jsoup.nodes.Element) {
                    max[0] = Math.max(max[0], depth + 1);
                }
                return max[0] > MAX_DEPTH ? FilterResult.STOP : FilterResult.CONTINUE;
            }
        }, root);
        return max[0];
    }
}
