package dev.newsgraph.reading;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsgraph.model.Article;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputReaderTest {
    private static final InputReader READER = new InputReader();

    private static List<ReadResult> read(Path p, String published) throws BadInputException {
        try (var s = READER.read(p, published)) {
            return s.toList();
        }
    }

    @Test
    void htmlFileIsOneArticle(@TempDir Path dir) throws Exception {
        Path page = dir.resolve("harbour.html");
        Files.writeString(page, HtmlArticlesTest.NEWS_PAGE);
        List<ReadResult> r = read(page, null);
        assertEquals(1, r.size());
        assertEquals("Harbour council approves flood barrier", r.get(0).article().title());
        assertTrue(r.get(0).article().text().startsWith("The harbour council voted"));
    }

    /** A text file is prose by its name, even when its first character is a brace. */
    @Test
    void aTextFileOpeningWithABraceIsAnArticleNotJson(@TempDir Path dir) throws Exception {
        Path brief = dir.resolve("brief.txt");
        Files.writeString(brief, "{Updated} Talks resume in Geneva\n\nNegotiators met again on Monday in Geneva.");
        List<ReadResult> r = read(brief, "2025-03-03");
        assertEquals(1, r.size());
        assertEquals("{Updated} Talks resume in Geneva", r.get(0).article().title());
        assertTrue(r.get(0).article().text().contains("Negotiators met again on Monday"));
    }

    @Test
    void gzippedHtmlAndHtmlOnStandardInput(@TempDir Path dir) throws Exception {
        ByteArrayOutputStream gz = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(gz)) {
            out.write(HtmlArticlesTest.NEWS_PAGE.getBytes(StandardCharsets.UTF_8));
        }
        Path page = dir.resolve("harbour.html.gz");
        Files.write(page, gz.toByteArray());
        assertTrue(read(page, null).get(0).article().text().contains("judicial review"));
        try (var s = READER.read("-", new ByteArrayInputStream(HtmlArticlesTest.NEWS_PAGE.getBytes(StandardCharsets.UTF_8)),
                null)) {
            assertTrue(s.toList().get(0).article().text().contains("judicial review"));
        }
    }

    @Test
    void binaryServedAsHtmlIsAOneLineError(@TempDir Path dir) throws Exception {
        Path page = dir.resolve("photo.html");
        byte[] bytes = new byte[4096];
        new java.util.Random(3).nextBytes(bytes);
        bytes[0] = 0;
        Files.write(page, bytes);
        BadInputException e = assertThrows(BadInputException.class, () -> read(page, null));
        assertTrue(e.getMessage().startsWith(page.toString() + ": "));
        assertFalse(e.getMessage().contains("\n"));
    }

    @Test
    void everyInputGetsALanguage(@TempDir Path dir) throws Exception {
        Path txt = dir.resolve("story.txt");
        Files.writeString(txt, "Storm closes mountain pass\n\nThe mountain pass was closed on Friday after heavy snow "
                + "blocked the road, and drivers were told to use the valley route instead, police said.\n");
        assertEquals("en", read(txt, null).get(0).article().language());
        Path jsonl = dir.resolve("items.jsonl");
        Files.writeString(jsonl, "{\"title\":\"Neue Brücke eröffnet\",\"text\":\"Die neue Brücke über den Fluss wurde am "
                + "Montag für den Verkehr freigegeben, teilte die Stadtverwaltung mit. Die Bauarbeiten hatten zwei Jahre "
                + "gedauert.\"}\n{\"title\":\"Grève des transports\",\"text\":\"Les syndicats ont appelé à une grève des "
                + "transports publics jeudi prochain pour protester contre la réforme des retraites, a-t-on appris "
                + "mardi.\"}\n");
        List<ReadResult> r = read(jsonl, null);
        assertEquals("de", r.get(0).article().language());
        assertEquals("fr", r.get(1).article().language());
    }

    @Test
    void publishedFallsBackToTheGivenDate(@TempDir Path dir) throws Exception {
        Path page = dir.resolve("undated.html");
        Files.writeString(page, "<html><body><div class=\"story\"><p>The library will stay open until nine on weekdays "
                + "from next month, the council said, after a petition signed by 2,000 residents.</p></div></body></html>");
        Article a = read(page, "2024-06-01").get(0).article();
        assertEquals("2024-06-01", a.published());
    }

    @Test
    void gzippedInputsAreToldByTheirContent(@TempDir Path dir) throws Exception {
        byte[] warc = WarcArticlesTest.gzipEach(WarcArticlesTest.records());
        try (var s = READER.read("-", new ByteArrayInputStream(warc), null)) {
            assertEquals(2, s.toList().size());
        }
        ByteArrayOutputStream gz = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(gz)) {
            out.write(("{\"title\":\"Dock strike ends\",\"text\":\"Dock workers returned to work on Monday after a "
                    + "ten-day strike over pay, the union said.\"}\n").getBytes(StandardCharsets.UTF_8));
        }
        Path jsonl = dir.resolve("items.jsonl.gz");
        Files.write(jsonl, gz.toByteArray());
        List<ReadResult> r = read(jsonl, null);
        assertEquals(1, r.size());
        assertEquals("Dock strike ends", r.get(0).article().title());
    }

    @Test
    void jsonLinesOnStandardInputAreReadAsTheyArriveBeyondAnyFileLimit() throws Exception {
        byte[] line = ("{\"title\":\"Ferry service resumes\",\"text\":\"Ferries between the islands resumed on Monday"
                + " after a week of storms, the operator said.\"}\n").getBytes(StandardCharsets.UTF_8);
        long lines = InputReader.MAX_ARTICLE_BYTES * 6 / line.length; // more than a whole read would take
        java.io.InputStream endless = new java.io.InputStream() {
            long at;

            @Override
            public int read() {
                if (at >= lines * line.length) {
                    return -1;
                }
                return line[(int) (at++ % line.length)] & 0xff;
            }
        };
        try (var s = READER.read("-", endless, null)) {
            List<ReadResult> first = s.limit(3).toList();
            assertEquals(3, first.size());
            assertTrue(first.stream().allMatch(ReadResult::ok), first.toString());
            assertEquals("-:3", first.get(2).origin());
        }
    }
}
