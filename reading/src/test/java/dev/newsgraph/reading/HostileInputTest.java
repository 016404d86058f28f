package dev.newsgraph.reading;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Inputs made to break a reader: each costs only itself, with a one-line message naming it. */
class HostileInputTest {
    private static final InputReader READER = new InputReader();

    private static List<ReadResult> read(String name, byte[] bytes) throws BadInputException {
        try (var s = READER.read(name, new ByteArrayInputStream(bytes), null)) {
            return s.toList();
        }
    }

    private static String nested(String open, String close, int depth, String inside) {
        StringBuilder b = new StringBuilder(depth * (open.length() + close.length()) + inside.length());
        b.append(open.repeat(depth)).append(inside).append(close.repeat(depth));
        return b.toString();
    }

    /** 100,000 nested divs in one item's text: read flat, and the next item is still read. */
    @Test
    void deeplyNestedHtmlInAFeedItemIsReadAndTheNextItemToo() throws Exception {
        String deep = nested("<div>", "</div>", 100_000, "<p>Deep inside the markup the council met on Monday.</p>");
        String rss = "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>T</title>"
                + "<item><title>Nested</title><description><![CDATA[" + deep + "]]></description></item>"
                + "<item><title>Next one</title><description>The bridge reopened on Tuesday.</description></item>"
                + "</channel></rss>";
        List<ReadResult> r = read("deep.rss", rss.getBytes(StandardCharsets.UTF_8));
        assertEquals(2, r.size());
        assertTrue(r.get(0).ok(), String.valueOf(r.get(0).error()));
        assertTrue(r.get(0).article().text().contains("the council met on Monday"), r.get(0).article().text());
        assertTrue(r.get(1).ok());
        assertEquals("Next one", r.get(1).article().title());
    }

    /** Deep nesting inside inline XHTML content of an Atom entry takes the same way. */
    @Test
    void deeplyNestedXhtmlInAnAtomEntryIsRead() throws Exception {
        String deep = nested("<span>", "</span>", 100_000, "Boats run every half hour from June.");
        String atom = "<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>H</title><entry><title>Ferries</title>"
                + "<content type=\"xhtml\"><div xmlns=\"http://www.w3.org/1999/xhtml\">" + deep + "</div></content>"
                + "</entry><entry><title>Second</title><summary>Lighthouse open day.</summary></entry></feed>";
        List<ReadResult> r = read("deep.atom", atom.getBytes(StandardCharsets.UTF_8));
        assertEquals(2, r.size());
        assertTrue(r.get(0).ok(), String.valueOf(r.get(0).error()));
        assertTrue(r.get(0).article().text().contains("Boats run every half hour"), r.get(0).article().text());
        assertEquals("Second", r.get(1).article().title());
    }

    /** The page path refuses deep pages before extraction; parsing and metadata must survive them too. */
    @Test
    void deeplyNestedHtmlPageGivesAnEmptyStoryNotACrash() throws Exception {
        String page = "<html><head><title>Deep page</title></head><body>"
                + nested("<div>", "</div>", 100_000, "<p>Text</p>") + "</body></html>";
        List<ReadResult> r = read("deep.html", page.getBytes(StandardCharsets.UTF_8));
        assertEquals(1, r.size());
        assertTrue(r.get(0).ok());
        assertEquals("Deep page", r.get(0).article().title());
    }

    /** An endless stream (as /dev/zero is) is refused once past the limit, not read into memory. */
    @Test
    void anEndlessInputIsRefusedAtTheLimit() {
        BadInputException e = assertThrows(BadInputException.class,
                () -> READER.read("-", new EndlessText(), null).close());
        assertTrue(e.getMessage().startsWith("-: "), e.getMessage());
        assertTrue(e.getMessage().contains("too large"), e.getMessage());
        assertFalse(e.getMessage().contains("\n"));
    }

    /** 35 MB of text on standard input is over the 10 MB article limit, like a 35 MB file. */
    @Test
    void standardInputKeepsTheArticleLimitOfAFile() {
        byte[] big = "The council met again. ".repeat(35 * 1024 * 1024 / 23).getBytes(StandardCharsets.US_ASCII);
        BadInputException e = assertThrows(BadInputException.class, () -> read("-", big));
        assertTrue(e.getMessage().startsWith("-: too large for one article"), e.getMessage());
    }

    /** A file whose size the file system does not know (a device, a pipe) is read through the same bound. */
    @Test
    void aDeviceFileIsReadThroughTheBound() {
        Path zero = Path.of("/dev/zero");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isReadable(zero), "no /dev/zero here");
        BadInputException e = assertThrows(BadInputException.class, () -> READER.read(zero, null).close());
        assertTrue(e.getMessage().startsWith("/dev/zero: "), e.getMessage());
    }

    /** One JSON line longer than an article is one failed item; the lines after it are read. */
    @Test
    void anOverlongJsonLineCostsOnlyItself() throws Exception {
        String longLine = "{\"title\":\"Huge\",\"text\":\"" + "x".repeat((int) InputReader.MAX_ARTICLE_BYTES + 10) + "\"}";
        String jsonl = longLine + "\n{\"title\":\"Small\",\"text\":\"The bridge reopened on Tuesday.\"}\n";
        List<ReadResult> r = read("items.jsonl", jsonl.getBytes(StandardCharsets.UTF_8));
        assertEquals(2, r.size());
        assertFalse(r.get(0).ok());
        assertEquals("items.jsonl:1", r.get(0).origin());
        assertTrue(r.get(0).error().contains("too long"), r.get(0).error());
        assertEquals("Small", r.get(1).article().title());
    }

    /** A JSON Lines stream that never ends a line is cut at the limit, not read into memory. */
    @Test
    void anEndlessJsonLineIsCutAtTheLimit() throws Exception {
        InputStream endless = new java.io.SequenceInputStream(
                new ByteArrayInputStream("{\"text\":\"".getBytes(StandardCharsets.US_ASCII)), new EndlessText());
        try (var s = READER.read("items.jsonl", endless, null)) {
            ReadResult first = s.findFirst().orElseThrow();
            assertFalse(first.ok());
            assertTrue(first.error().contains("too long"), first.error());
        }
    }

    /** Invalid UTF-8 in a JSON line: the documented fallback, and a warning naming the line. */
    @Test
    void invalidUtf8InAJsonLineIsReportedNotSilentlyReplaced() throws Exception {
        byte[] good = "{\"title\":\"Caf\u00e9 opens\",\"text\":\"The caf\u00e9 opened.\"}\n".getBytes(StandardCharsets.UTF_8);
        byte[] bad = "{\"title\":\"Caf\u00e9 closes\",\"text\":\"The caf\u00e9 closed.\"}\n"
                .getBytes(StandardCharsets.ISO_8859_1);
        byte[] both = new byte[good.length + bad.length];
        System.arraycopy(good, 0, both, 0, good.length);
        System.arraycopy(bad, 0, both, good.length, bad.length);
        List<ReadResult> r = read("items.jsonl", both);
        assertEquals(2, r.size());
        assertEquals(null, r.get(0).warning());
        assertEquals("Caf\u00e9 opens", r.get(0).article().title());
        assertEquals("Caf\u00e9 closes", r.get(1).article().title());
        assertTrue(r.get(1).warning().contains("not valid UTF-8"), r.get(1).warning());
        assertFalse(r.get(1).article().text().contains("\ufffd"));
    }

    /** Invalid UTF-8 in a text file: read as Windows-1252, and said so. */
    @Test
    void invalidUtf8InATextFileIsReported() throws Exception {
        byte[] latin1 = "Caf\u00e9 opens\n\nThe caf\u00e9 on the square opened on Monday.".getBytes(StandardCharsets.ISO_8859_1);
        List<ReadResult> r = read("brief.txt", latin1);
        assertEquals(1, r.size());
        assertEquals("Caf\u00e9 opens", r.get(0).article().title());
        assertTrue(r.get(0).warning().contains("not valid UTF-8"), r.get(0).warning());
        assertTrue(r.get(0).warning().contains("Windows-1252"), r.get(0).warning());
    }

    private static String rss(String firstItem) {
        return "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>T</title>"
                + "<item>" + firstItem + "</item>"
                + "<item><title>Second story</title><link>https://a.example/2</link>"
                + "<description>The bridge reopened on Tuesday.</description></item>"
                + "</channel></rss>";
    }

    /** A title whose CDATA section is left open must not take the next item with it, and the damage is said. */
    @Test
    void aTitleWithAnOpenCdataSectionDoesNotSwallowTheNextItem() throws Exception {
        String feed = rss("<title><![CDATA[First story</title><link>https://a.example/1</link>"
                + "<description>The council met on Monday.</description>");
        List<ReadResult> r = read("broken.rss", feed.getBytes(StandardCharsets.UTF_8));
        assertEquals(2, r.size(), r.toString());
        assertTrue(r.get(0).warning() != null && r.get(0).warning().contains("left open"), r.get(0).toString());
        assertEquals("Second story", r.get(1).article().title());
        assertTrue(r.get(1).article().text().contains("bridge reopened"));
        assertEquals(null, r.get(1).warning());
    }

    /** A comment left open in an item: the same. */
    @Test
    void anOpenCommentDoesNotSwallowTheNextItem() throws Exception {
        String feed = rss("<title>First story</title><!-- note <description>The council met on Monday.</description>");
        List<ReadResult> r = read("broken.rss", feed.getBytes(StandardCharsets.UTF_8));
        assertEquals(2, r.size(), r.toString());
        assertEquals("Second story", r.get(1).article().title());
    }

    /** A title left unclosed gives back the link and text it swallowed, with a warning. */
    @Test
    void anUnclosedTitleGivesBackTheFieldsItSwallowed() throws Exception {
        String feed = rss("<title>First story<link>https://a.example/1</link>"
                + "<description>The council met on Monday.</description>");
        List<ReadResult> r = read("broken.rss", feed.getBytes(StandardCharsets.UTF_8));
        assertEquals(2, r.size(), r.toString());
        assertEquals("First story", r.get(0).article().title());
        assertEquals("https://a.example/1", r.get(0).article().url());
        assertTrue(r.get(0).article().text().contains("council met"), r.get(0).article().text());
        assertTrue(r.get(0).warning().contains("<title> not closed"), r.get(0).warning());
        assertEquals("Second story", r.get(1).article().title());
    }

    /** A link broken over lines (found by the feed fuzz test): the URL is its first part, the origin one line. */
    @Test
    void aLinkBrokenOverLinesGivesAOneLineOrigin() throws Exception {
        List<ReadResult> r = read("broken.rss", rss("<title>First story</title><link>https://a.example/1\nValley"
                + " Gazette</link><description>The council met on Monday.</description>").getBytes(StandardCharsets.UTF_8));
        assertEquals("broken.rss#1 https://a.example/1", r.get(0).origin());
        assertEquals("https://a.example/1", r.get(0).article().url());
        assertEquals("x.jsonl:1 a b", ReadResult.failed("x.jsonl:1 a\r\n\nb", "e").origin());
    }

    /** Words joined by hyphens or apostrophes thousands of times over are one long word, not a stack overflow. */
    @Test
    void aLongChainOfJoinedWordsIsReadNotAStackOverflow() throws Exception {
        String text = "Talks resume\n\nThe council met. " + "a-b'".repeat(200_000) + "c.";
        List<ReadResult> r = read("chain.txt", text.getBytes(StandardCharsets.UTF_8));
        assertEquals(1, r.size());
        assertTrue(r.get(0).ok());
        assertTrue(r.get(0).article().text().startsWith("The council met."));
    }

    /** An endless stream of printable text. */
    private static final class EndlessText extends InputStream {
        private long served;

        @Override
        public int read() {
            served++;
            return 'a';
        }

        @Override
        public int read(byte[] b, int off, int len) {
            java.util.Arrays.fill(b, off, off + len, (byte) 'a');
            served += len;
            if (served > 512L * 1024 * 1024) {
                throw new AssertionError("read more than 512 MB of an endless input");
            }
            return len;
        }
    }
}
