package dev.newsgraph.reading.html;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A page's metadata from, in order of trust: JSON-LD (schema.org Article and kin), Open Graph and
 * other meta tags, {@code <time>} and itemprop markup, the URL path, and a dateline near the top
 * of the page. Read before the page is cleaned.
 */
public final class MetadataReader {
    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS, JsonReadFeature.ALLOW_TRAILING_COMMA,
                    JsonReadFeature.ALLOW_SINGLE_QUOTES, JsonReadFeature.ALLOW_JAVA_COMMENTS,
                    JsonReadFeature.ALLOW_BACKSLASH_ESCAPING_ANY_CHARACTER)
            .build();
    private static final String[] DATE_METAS = {"article:published_time", "og:article:published_time",
        "og:published_time", "datepublished", "date", "pubdate", "publishdate", "publish-date", "publish_date",
        "published_time", "publication_date", "dc.date", "dc.date.issued", "dc.date.created", "dcterms.created",
        "dcterms.date", "dcterms.issued", "sailthru.date", "parsely-pub-date", "article.published",
        "article_date_original", "citation_publication_date", "citation_date", "originalpublicationdate",
        "displaydate", "og:updated_time", "article:modified_time", "dc.date.modified", "last-modified"};

    private MetadataReader() {
    }

    /** The metadata of {@code doc}; {@code url} is where the page came from (may be null). */
    public static PageMetadata read(Document doc, String url) {
        JsonNode article = null;
        JsonNode anyDated = null;
        for (Element script : doc.select("script[type=application/ld+json]")) {
            String json = script.data().strip();
            if (json.isEmpty()) {
                continue;
            }
            try {
                JsonNode root = JSON.readTree(json);
                List<JsonNode> objects = new ArrayList<>();
                flatten(root, objects, 0);
                for (JsonNode o : objects) {
                    String type = o.path("@type").toString().toLowerCase(Locale.ROOT);
                    boolean isArticle = type.contains("article") || type.contains("blogposting")
                            || type.contains("report") || type.contains("posting");
                    if (isArticle && (article == null || !article.has("articleBody") && o.has("articleBody"))) {
                        article = o;
                    }
                    if (anyDated == null && o.hasNonNull("datePublished")) {
                        anyDated = o;
                    }
                }
            } catch (Exception e) {
                // A broken JSON-LD block is ignored; the meta tags still speak.
            }
        }
        String title = first(text(article, "headline"), meta(doc, "og:title"), meta(doc, "twitter:title"),
                h1(doc), cleanTitle(doc.title()));
        String published = PublicationDates.machine(text(article, "datePublished"));
        if (published == null) {
            published = PublicationDates.machine(text(anyDated, "datePublished"));
        }
        for (int i = 0; published == null && i < DATE_METAS.length; i++) {
            published = PublicationDates.machine(meta(doc, DATE_METAS[i]));
        }
        if (published == null) {
            Element item = doc.selectFirst("[itemprop=datePublished]");
            if (item != null) {
                published = PublicationDates.machine(first(item.attr("content"), item.attr("datetime"), item.text()));
            }
        }
        if (published == null) {
            for (Element time : doc.select("time[datetime]")) {
                published = PublicationDates.machine(time.attr("datetime"));
                if (published != null) {
                    break;
                }
            }
        }
        String canonical = first(attr(doc, "link[rel=canonical]", "abs:href"), meta(doc, "og:url"), url);
        if (published == null) {
            published = PublicationDates.fromUrl(canonical);
        }
        if (published == null && url != null && !url.equals(canonical)) {
            published = PublicationDates.fromUrl(url);
        }
        if (published == null) {
            published = dateline(doc);
        }
        String author = first(name(article == null ? null : article.get("author")), meta(doc, "author"),
                meta(doc, "article:author"), meta(doc, "parsely-author"), meta(doc, "sailthru.author"),
                attrText(doc, "[rel=author]"), attrText(doc, "[itemprop=author]"));
        if (author != null && (author.startsWith("http") || author.length() > 200)) {
            author = null;
        }
        String site = first(meta(doc, "og:site_name"),
                name(article == null ? null : article.get("publisher")), meta(doc, "application-name"),
                host(canonical));
        String lang = first(doc.selectFirst("html") == null ? null : doc.selectFirst("html").attr("lang"),
                attr(doc, "meta[http-equiv=content-language]", "content"), meta(doc, "og:locale"),
                meta(doc, "language"));
        String body = text(article, "articleBody");
        String description = first(meta(doc, "og:description"), meta(doc, "description"), text(article, "description"));
        return new PageMetadata(title, published, author, site, canonical, primaryLanguage(lang), body, description);
    }

    private static void flatten(JsonNode n, List<JsonNode> out, int depth) {
        if (n == null || depth > 4) {
            return;
        }
        if (n.isArray()) {
            for (JsonNode c : n) {
                flatten(c, out, depth + 1);
            }
        } else if (n.isObject()) {
            out.add(n);
            flatten(n.get("@graph"), out, depth + 1);
            flatten(n.get("mainEntity"), out, depth + 1);
        }
    }

    private static String text(JsonNode n, String field) {
        if (n == null) {
            return null;
        }
        JsonNode v = n.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        if (v.isArray()) {
            v = v.size() == 0 ? null : v.get(0);
        }
        if (v == null || !v.isValueNode()) {
            return null;
        }
        String s = v.asText().strip();
        if (s.indexOf('&') >= 0) {
            s = org.jsoup.parser.Parser.unescapeEntities(s, false);
        }
        return s.isEmpty() ? null : s;
    }

    /** A JSON-LD person or organisation (or list of them) to its name(s). */
    private static String name(JsonNode n) {
        if (n == null || n.isNull()) {
            return null;
        }
        if (n.isTextual()) {
            return blankToNull(n.asText());
        }
        if (n.isArray()) {
            List<String> names = new ArrayList<>();
            for (JsonNode c : n) {
                String s = name(c);
                if (s != null && !names.contains(s)) {
                    names.add(s);
                }
            }
            return names.isEmpty() ? null : String.join(", ", names);
        }
        return n.has("name") ? name(n.get("name")) : null;
    }

    private static String meta(Document doc, String key) {
        for (Element m : doc.getElementsByTag("meta")) {
            String k = first(m.attr("property"), m.attr("name"), m.attr("itemprop"), m.attr("http-equiv"));
            if (k != null && k.equalsIgnoreCase(key)) {
                String c = blankToNull(m.attr("content"));
                if (c != null) {
                    return c;
                }
            }
        }
        return null;
    }

    private static String attr(Document doc, String css, String attr) {
        Element e = doc.selectFirst(css);
        return e == null ? null : blankToNull(e.attr(attr));
    }

    private static String attrText(Document doc, String css) {
        Element e = doc.selectFirst(css);
        if (e == null) {
            return null;
        }
        String t = e.hasAttr("content") ? e.attr("content") : e.text();
        t = blankToNull(t);
        return t == null || t.length() > 100 ? null : t.replaceFirst("(?i)^by\\s+", "");
    }

    private static String h1(Document doc) {
        Element h = doc.body() == null ? null : doc.body().selectFirst("h1");
        return h == null ? null : blankToNull(h.text());
    }

    /**
     * A separator between a headline and a site's name. Tried only where a run of white space
     * starts (the look-behind), so a title of many spaces is read once, not once per space.
     */
    private static final java.util.regex.Pattern TITLE_PARTS =
            java.util.regex.Pattern.compile("(?<!\\s)\\s++[|\u2013\u2014\u00b7\u2022:-]\\s+");

    /** {@code Story headline | Site name} to the headline. */
    static String cleanTitle(String title) {
        String t = blankToNull(title);
        if (t == null) {
            return null;
        }
        String[] parts = TITLE_PARTS.split(t);
        if (parts.length > 1) {
            String longest = parts[0];
            for (String p : parts) {
                if (p.length() > longest.length()) {
                    longest = p;
                }
            }
            return longest.strip();
        }
        return t;
    }

    private static String dateline(Document doc) {
        if (doc.body() == null) {
            return null;
        }
        Element scope = doc.body().selectFirst("article");
        if (scope == null) {
            scope = doc.body();
        }
        for (Element e : scope.select("[class*=date], [class*=time], [class*=byline], [class*=meta], [id*=date]")) {
            String t = e.ownText().length() > 0 ? e.text() : e.text();
            if (t.length() <= 120) {
                String d = PublicationDates.prose(t);
                if (d == null) {
                    d = PublicationDates.machine(t.length() <= 40 ? t : null);
                }
                if (d != null) {
                    return d;
                }
            }
        }
        return null;
    }

    private static String host(String url) {
        if (url == null) {
            return null;
        }
        try {
            String h = URI.create(url.strip()).getHost();
            return h == null ? null : h.replaceFirst("^www\\.", "");
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    static String primaryLanguage(String tag) {
        String t = blankToNull(tag);
        if (t == null) {
            return null;
        }
        String primary = t.split("[-_]")[0].toLowerCase(Locale.ROOT);
        return primary.matches("[a-z]{2,3}") ? primary : null;
    }

    private static String first(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v.strip();
            }
        }
        return null;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
