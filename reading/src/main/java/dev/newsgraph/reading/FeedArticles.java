package dev.newsgraph.reading;

import dev.newsgraph.model.Article;
import dev.newsgraph.reading.html.FragmentText;
import dev.newsgraph.reading.html.HtmlCharset;
import dev.newsgraph.reading.html.PublicationDates;
import java.nio.charset.StandardCharsets;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * RSS (0.9x, 1.0/RDF, 2.0) and Atom feeds: every item an article with its title, link, date and
 * text (the richest of content, description and summary, its HTML stripped). Parsed with jsoup's
 * forgiving XML parser, so a feed with broken XML still gives the items that can be read; an
 * item with neither title nor text is a failed result.
 *
 * <p>Damage is kept to the item it is in, and said: an element left open (a {@code <title>}
 * without its end tag) gives back the fields it swallowed; a CDATA section or comment left open
 * would swallow every later item, so when the feed's text opens more items than the parse found,
 * each item is read on its own, from its opening tag to the next one's.
 */
public final class FeedArticles {
    private static final Pattern XML_ENCODING = Pattern.compile("<\\?xml[^>]*encoding\\s*=\\s*[\"']([^\"']+)");
    private final TextArticles texts;
    private final LanguageGuesser languages;

    public FeedArticles(TextArticles texts, LanguageGuesser languages) {
        this.texts = texts;
        this.languages = languages;
    }

    public Stream<ReadResult> read(String name, byte[] bytes) throws BadInputException {
        return read(name, bytes, null);
    }

    public Stream<ReadResult> read(String name, byte[] bytes, String published) throws BadInputException {
        if (bytes.length == 0) {
            throw new BadInputException(name, "empty input");
        }
        if (TextDecoder.looksBinary(bytes)) {
            throw new BadInputException(name, "binary content, not a feed");
        }
        String head = new String(bytes, 0, Math.min(bytes.length, 512), StandardCharsets.ISO_8859_1);
        Matcher m = XML_ENCODING.matcher(head);
        String xml = HtmlCharset.decode(bytes, m.find() ? "charset=" + m.group(1) : null);
        Document doc = Jsoup.parse(xml, "", Parser.xmlParser());
        boolean atom = doc.selectFirst("feed") != null && doc.selectFirst("rss, channel") == null;
        if (!atom && doc.selectFirst("rss, channel, rdf|RDF") == null) {
            throw new BadInputException(name, "not an RSS or Atom feed (no <rss>, <channel> or <feed> element)");
        }
        List<Element> items = atom ? doc.select("entry") : doc.select("item");
        if (items.isEmpty()) {
            throw new BadInputException(name, "feed has no items");
        }
        String source = atom ? childText(doc.selectFirst("feed"), "title") : childText(doc.selectFirst("channel"),
                "title");
        String feedLang = atom ? doc.selectFirst("feed").attr("xml:lang") : childText(doc.selectFirst("channel"),
                "language");
        String tag = atom ? "entry" : "item";
        ItemStarts starts = ItemStarts.of(xml, tag);
        List<String> warnings = new ArrayList<>();
        if (starts.offsets().size() > items.size()) {
            // an unclosed CDATA section or comment swallowed later items: read each one alone
            items = new ArrayList<>();
            for (int i = 0; i < starts.offsets().size(); i++) {
                int from = starts.offsets().get(i);
                int to = i + 1 < starts.offsets().size() ? starts.offsets().get(i + 1) : xml.length();
                Element alone = Jsoup.parse(xml.substring(from, to), "", Parser.xmlParser()).selectFirst(tag);
                items.add(alone);
                warnings.add(starts.damaged().contains(i) ? "damaged markup (a CDATA section or comment left open);"
                        + " the feed's items were read one by one" : null);
            }
        }
        List<ReadResult> out = new ArrayList<>();
        int n = 0;
        for (Element item : items) {
            n++;
            String origin = name + "#" + n;
            if (item == null) {
                out.add(ReadResult.failed(origin, "unreadable feed item"));
                continue;
            }
            String reopened = closeUnclosed(item, atom ? ATOM_FIELDS : RSS_FIELDS);
            ReadResult r = atom ? entry(origin, item, source, published, feedLang)
                    : item(origin, item, source, published, feedLang);
            out.add(r.withWarning(warnings.isEmpty() ? null : warnings.get(n - 1)).withWarning(reopened));
        }
        return out.stream();
    }

    private static final java.util.Set<String> RSS_FIELDS = java.util.Set.of("title", "link", "description",
            "pubdate", "guid", "author", "category", "comments", "enclosure", "source", "content:encoded", "dc:date",
            "dc:creator", "date");
    private static final java.util.Set<String> ATOM_FIELDS = java.util.Set.of("title", "link", "id", "updated",
            "published", "summary", "content", "author", "category", "issued");

    /**
     * Gives an item back the fields that an element left open swallowed: a field (title, link,
     * description, ...) found inside another of the item's fields, and what follows it there,
     * moves out to stand after that field. Returns the warning to give, or null when nothing was
     * open. Atom content is markup of its own and is left as it is.
     */
    private static String closeUnclosed(Element item, java.util.Set<String> fields) {
        List<String> open = new ArrayList<>();
        for (int i = 0; i < item.childrenSize(); i++) {
            Element field = item.child(i);
            String tag = field.tagName().toLowerCase(Locale.ROOT);
            if (tag.equals("content") || tag.equals("summary") && "xhtml".equals(field.attr("type"))) {
                continue;
            }
            Element swallowed = null;
            for (Element c : field.children()) {
                if (fields.contains(c.tagName().toLowerCase(Locale.ROOT))) {
                    swallowed = c;
                    break;
                }
            }
            if (swallowed == null) {
                continue;
            }
            List<org.jsoup.nodes.Node> rest = new ArrayList<>(
                    field.childNodes().subList(swallowed.siblingIndex(), field.childNodeSize()));
            Element after = field;
            for (org.jsoup.nodes.Node moved : rest) {
                moved.remove();
                after.after(moved);
                if (moved instanceof Element e) {
                    after = e;
                }
            }
            open.add("<" + field.tagName() + ">");
        }
        return open.isEmpty() ? null : String.join(", ", open) + " not closed; read up to the next field";
    }

    /**
     * Where each item opens in the feed's text, outside CDATA sections and comments that are
     * closed; and which items hold one that is left open (it runs to the end of the feed for a
     * parser). One pass: once a section is found unclosed, no later one can be closed either.
     */
    record ItemStarts(List<Integer> offsets, java.util.Set<Integer> damaged) {
        static ItemStarts of(String xml, String tag) {
            List<Integer> offsets = new ArrayList<>();
            java.util.Set<Integer> damaged = new java.util.HashSet<>();
            boolean cdataCloses = true;
            boolean commentCloses = true;
            int i = 0;
            while ((i = xml.indexOf('<', i)) >= 0) {
                if (xml.startsWith("<![CDATA[", i)) {
                    int end = cdataCloses ? xml.indexOf("]]>", i + 9) : -1;
                    if (end < 0) {
                        cdataCloses = false;
                        damaged.add(offsets.size() - 1);
                        i += 9;
                    } else {
                        i = end + 3;
                    }
                } else if (xml.startsWith("<!--", i)) {
                    int end = commentCloses ? xml.indexOf("-->", i + 4) : -1;
                    if (end < 0) {
                        commentCloses = false;
                        damaged.add(offsets.size() - 1);
                        i += 4;
                    } else {
                        i = end + 3;
                    }
                } else {
                    int after = i + 1 + tag.length();
                    if (xml.startsWith(tag, i + 1) && (after == xml.length() || xml.charAt(after) == '>'
                            || xml.charAt(after) == '/' || Character.isWhitespace(xml.charAt(after)))) {
                        offsets.add(i);
                    }
                    i++;
                }
            }
            return new ItemStarts(offsets, damaged);
        }
    }

    private ReadResult item(String origin, Element item, String source, String fallback, String lang) {
        String title = FragmentText.of(childText(item, "title"));
        String link = childText(item, "link");
        if (link == null) {
            Element guid = item.selectFirst("guid");
            if (guid != null && !"false".equalsIgnoreCase(guid.attr("isPermaLink"))) {
                link = guid.text().strip();
            }
        }
        String date = date(first(childText(item, "pubDate"), childText(item, "dc:date"), childText(item, "date")));
        String html = longest(childText(item, "content:encoded"), childText(item, "description"),
                childText(item, "content"));
        return article(origin, title, html, link, source, date != null ? date : fallback, lang);
    }

    private ReadResult entry(String origin, Element entry, String source, String fallback, String lang) {
        String title = FragmentText.of(childText(entry, "title"));
        String link = null;
        for (Element l : entry.getElementsByTag("link")) {
            String rel = l.attr("rel");
            if (rel.isEmpty() || rel.equals("alternate")) {
                link = l.attr("href").strip();
                break;
            }
        }
        String date = date(first(childText(entry, "published"), childText(entry, "updated"),
                childText(entry, "issued")));
        String html = longest(content(entry.selectFirst("content")), content(entry.selectFirst("summary")));
        return article(origin, title, html, link, source, date != null ? date : fallback, lang);
    }

    private ReadResult article(String origin, String title, String html, String link, String source, String date,
                               String lang) {
        String text = FragmentText.of(html);
        if ((title == null || title.isBlank()) && text.isBlank()) {
            return ReadResult.failed(origin, "feed item has neither title nor text");
        }
        if (link != null) {
            // a URL holds no white space: what follows it in a damaged link is not part of it
            String[] parts = link.strip().split("\\s", 2);
            link = parts[0].isEmpty() ? null : parts[0];
        }
        String label = link == null ? origin : origin + " " + link;
        Article a = text.isBlank()
                ? new Article(ArticleIds.of(title, ""), link, source, title, date, null, "", List.of())
                : texts.fromText(title, text, link, source, date);
        String declared = lang == null ? null : lang.split("[-_]")[0].toLowerCase(Locale.ROOT);
        return ReadResult.ok(label, a.withLanguage(languages.guess(a.text().isEmpty() ? title : a.text(),
                declared == null || declared.isBlank() ? null : declared)));
    }

    /** Atom content: text, escaped HTML, or inline XHTML. */
    private static String content(Element c) {
        if (c == null) {
            return null;
        }
        if ("xhtml".equals(c.attr("type"))) {
            return c.html();
        }
        return c.wholeText();
    }

    private static String childText(Element parent, String tag) {
        if (parent == null) {
            return null;
        }
        for (Element c : parent.children()) {
            if (c.tagName().equalsIgnoreCase(tag)) {
                String t = c.wholeText().strip();
                return t.isEmpty() ? null : t;
            }
        }
        return null;
    }

    /** RFC 822 (RSS) or ISO 8601 (Atom, Dublin Core) to ISO 8601. */
    static String date(String value) {
        if (value == null) {
            return null;
        }
        String v = value.strip().replaceAll("\\s+", " ");
        try {
            return ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME)
                    .format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
        } catch (DateTimeParseException e) {
            // not RFC 1123 exactly; try the forgiving readers
        }
        return PublicationDates.machine(v);
    }

    private static String first(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v;
            }
        }
        return null;
    }

    private static String longest(String... values) {
        String best = null;
        for (String v : values) {
            if (v != null && (best == null || v.length() > best.length())) {
                best = v;
            }
        }
        return best;
    }
}
