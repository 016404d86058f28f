package dev.newsgraph.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsgraph.model.Article;
import dev.newsgraph.model.Entity;
import dev.newsgraph.model.EntityType;
import dev.newsgraph.model.Event;
import dev.newsgraph.model.EventDate;
import dev.newsgraph.model.EventType;
import dev.newsgraph.model.Modality;
import dev.newsgraph.model.Precision;
import dev.newsgraph.model.Quote;
import dev.newsgraph.model.QuoteKind;
import dev.newsgraph.model.Span;
import dev.newsgraph.model.StoryRecord;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The article text as marked HTML (its segments through their template): escaped, well nested, every fact findable. */
class ArticleMarkupTest {
    private static final String TEXT = "Mayor <b>Ana Ruiz</b> said \"the <script>alert(1)</script> bridge opens\" as crews "
            + "blocked Main Street.";

    private static Span span(String text, String part) {
        int at = TEXT.indexOf(part);
        return new Span(at, at + part.length(), part);
    }

    private static StoryRecord record() {
        Entity ruiz = new Entity("e1", "Ana Ruiz", EntityType.PERSON, null, List.of(), List.of("Mayor"), null, "ESP", "GOV",
                null, List.of(span(TEXT, "Ana Ruiz"), span(TEXT, "bridge opens\" as crews")));
        Entity street = new Entity("e2", "Main Street", EntityType.LOCATION, null, List.of(), List.of(), null, null, null,
                null, List.of(span(TEXT, "Main Street")));
        Span quote = span(TEXT, "the <script>alert(1)</script> bridge opens");
        Quote q = new Quote("q1", quote.text(), "e1", QuoteKind.DIRECT, "said", null, quote.start(), quote.end());
        Event ev = new Event("v1", EventType.PROTEST, null, List.of(), List.of(), List.of("e2"), "e2",
                new EventDate("Monday", "2025-04-07", Precision.DAY), List.of(), Modality.ASSERTED, null,
                span(TEXT, "crews blocked Main Street."), 0.8);
        Article a = new Article("sha256:x", null, null, "t", "2025-04-08", "en", TEXT, List.of());
        return new StoryRecord(null, a, List.of(ruiz, street), List.of(q), List.of(ev), List.of(), List.of(), null);
    }

    private static String render(StoryRecord r) {
        return new Templates().render("articleText", ArticleMarkup.segments(r));
    }

    @Test
    void textIsEscapedAndFactsAreMarked() {
        String html = render(record());
        assertFalse(html.contains("<script>") || html.contains("<b>"), html);
        assertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), html);
        assertTrue(html.contains("id=\"q-q1\""));
        assertTrue(html.contains("id=\"ev-v1\""));
        assertTrue(html.contains("title=\"Event PROTEST: ? \u2192 Main Street, 2025-04-07, in Main Street [asserted]\""), html);
        assertTrue(html.contains("href=\"/entities/by-name?name=Ana%20Ruiz&amp;type=PERSON\""), html);
    }

    @Test
    void marksThatCrossAreCutSoTagsNest() {
        String html = render(record());
        Deque<String> open = new ArrayDeque<>();
        Matcher m = Pattern.compile("<(/?)(a|q|mark)\\b[^>]*>").matcher(html);
        while (m.find()) {
            if (m.group(1).isEmpty()) {
                open.push(m.group(2));
            } else {
                assertEquals(open.pop(), m.group(2), "closes what it opened last: " + html);
            }
        }
        assertTrue(open.isEmpty());
        assertEquals(TEXT, html.replaceAll("<[^>]+>", "").replace("&lt;", "<").replace("&gt;", ">")
                .replace("&quot;", "\"").replace("&amp;", "&"), "the text comes through whole");
    }

    @Test
    void theSegmentsHoldTheWholeTextOnce() {
        StringBuilder text = new StringBuilder();
        collect(ArticleMarkup.segments(record()), text);
        assertEquals(TEXT, text.toString());
    }

    private static void collect(List<ArticleMarkup.Segment> segments, StringBuilder into) {
        for (ArticleMarkup.Segment s : segments) {
            if (s.kind() == ArticleMarkup.Kind.TEXT) {
                into.append(s.text());
            } else {
                collect(s.inside(), into);
            }
        }
    }

    @Test
    void onlyWebLinksBecomeLinks() {
        assertFalse(Markup.isWebUrl("javascript:alert(1)"));
        assertFalse(Markup.isWebUrl(" data:text/html,x"));
        assertTrue(Markup.isWebUrl("HTTPS://example.org/a"));
        assertEquals("&lt;img src=x onerror=&quot;f()&quot;&gt; &#39;&#96;", PageOutput.escape("<img src=x onerror=\"f()\"> '`"));
    }
}
