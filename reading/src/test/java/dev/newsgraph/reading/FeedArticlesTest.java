package dev.newsgraph.reading;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsgraph.model.Article;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class FeedArticlesTest {
    private static final InputReader READER = new InputReader();

    static final String RSS = """
            <?xml version="1.0" encoding="UTF-8"?>
            <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
            <channel>
              <title>Valley Gazette</title>
              <link>https://gazette.example/</link>
              <language>en-us</language>
              <item>
                <title>Bridge reopens after six months of repairs</title>
                <link>https://gazette.example/2024/04/02/bridge-reopens</link>
                <pubDate>Tue, 02 Apr 2024 14:30:00 GMT</pubDate>
                <description><![CDATA[<p>The <b>Mill Street bridge</b> reopened to traffic on Tuesday after six months of repairs, the county said.</p><p>Buses will return to their usual routes next week.</p>]]></description>
              </item>
              <item>
                <title>School board delays vote on new calendar</title>
                <link>https://gazette.example/2024/04/01/school-calendar</link>
                <pubDate>Mon, 01 Apr 2024 09:00:00 -0500</pubDate>
                <description>The school board postponed a vote on the new calendar until May, citing objections from parents.</description>
              </item>
            </channel></rss>
            """;

    static final String ATOM = """
            <?xml version="1.0" encoding="utf-8"?>
            <feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">
              <title>Harbour Notes</title>
              <entry>
                <title>Ferry timetable changes for summer</title>
                <link rel="alternate" href="https://notes.example/ferry-summer"/>
                <link rel="edit" href="https://notes.example/edit/1"/>
                <published>2024-05-20T08:00:00+01:00</published>
                <updated>2024-05-21T08:00:00+01:00</updated>
                <content type="html">&lt;p&gt;Ferries to the islands will run every half hour from June, the operator said on Monday.&lt;/p&gt;</content>
              </entry>
              <entry>
                <title>Lighthouse open day</title>
                <link href="https://notes.example/lighthouse"/>
                <updated>2024-05-18T12:00:00Z</updated>
                <summary>The lighthouse will open to visitors on Saturday for the first time in ten years.</summary>
              </entry>
            </feed>
            """;

    private static List<ReadResult> read(String name, String xml) throws BadInputException {
        try (var s = READER.read(name, new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)), null)) {
            return s.toList();
        }
    }

    @Test
    void rssItemsAreArticles() throws Exception {
        List<ReadResult> items = read("gazette.rss", RSS);
        assertEquals(2, items.size());
        Article first = items.get(0).article();
        assertEquals("Bridge reopens after six months of repairs", first.title());
        assertEquals("https://gazette.example/2024/04/02/bridge-reopens", first.url());
        assertEquals("2024-04-02T14:30:00Z", first.published());
        assertEquals("Valley Gazette", first.source());
        assertEquals("en", first.language());
        assertTrue(first.text().startsWith("The Mill Street bridge reopened"), first.text());
        assertFalse(first.text().contains("<"), "HTML stripped");
        assertTrue(first.text().contains("\n\nBuses will return"));
        assertEquals("2024-04-01T09:00:00-05:00", items.get(1).article().published());
    }

    @Test
    void atomEntriesAreArticles() throws Exception {
        List<ReadResult> items = read("notes.atom", ATOM);
        assertEquals(2, items.size());
        Article first = items.get(0).article();
        assertEquals("Ferry timetable changes for summer", first.title());
        assertEquals("https://notes.example/ferry-summer", first.url());
        assertEquals("2024-05-20T08:00:00+01:00", first.published());
        assertTrue(first.text().startsWith("Ferries to the islands"), first.text());
        assertEquals("https://notes.example/lighthouse", items.get(1).article().url());
        assertEquals("2024-05-18T12:00:00Z", items.get(1).article().published());
        assertTrue(items.get(1).article().text().contains("first time in ten years"));
    }

    @Test
    void feedIsRecognisedWithoutItsExtension() throws Exception {
        assertEquals(2, read("stdin", RSS).size());
    }

    @Test
    void brokenXmlStillGivesTheReadableItems() throws Exception {
        String broken = RSS.replace("</item>\n  <item>", "<item>").replace("</channel></rss>", "")
                .replace("<b>Mill Street bridge</b>", "<b>Mill Street bridge");
        List<ReadResult> items = read("broken.xml", broken);
        assertFalse(items.isEmpty());
        assertTrue(items.stream().anyMatch(r -> r.ok() && r.article().title().contains("Bridge reopens")));
    }

    @Test
    void notAFeedIsAOneLineError() {
        BadInputException e = assertThrows(BadInputException.class,
                () -> read("odd.xml", "<?xml version=\"1.0\"?><catalog><book>Dune</book></catalog>"));
        assertTrue(e.getMessage().startsWith("odd.xml: "), e.getMessage());
        assertFalse(e.getMessage().contains("\n"));
    }
}
