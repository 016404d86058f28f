package dev.newsgraph.reading;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WarcArticlesTest {
    private static final InputReader READER = new InputReader();

    private static final String PAGE_ONE = "<html><head><title>Dam inspection finds cracks</title>"
            + "<meta property=\"article:published_time\" content=\"2024-02-10T07:00:00Z\"></head><body>"
            + "<nav><a href=\"/\">Home</a> <a href=\"/news\">News</a></nav><div class=\"story\">"
            + "<p>Inspectors found hairline cracks in the spillway of the Northfield dam, the water authority said on Saturday.</p>"
            + "<p>The reservoir will be lowered by two metres as a precaution while repairs are planned, it said.</p>"
            + "</div></body></html>";
    private static final String PAGE_TWO = "<html><head><title>Café owners protest rent rise</title></head><body>"
            + "<div class=\"story\"><p>Owners of cafés on the old market square protested on Sunday against a rent rise "
            + "of nearly a third, saying it would force several of them to close.</p>"
            + "<p>The council said the new rents reflected the value of the square after its renovation.</p>"
            + "</div></body></html>";

    static byte[] record(String type, String uri, String date, byte[] block) {
        String head = "WARC/1.0\r\nWARC-Type: " + type + "\r\n" + (uri == null ? "" : "WARC-Target-URI: " + uri + "\r\n")
                + "WARC-Date: " + date + "\r\nWARC-Record-ID: <urn:uuid:" + java.util.UUID.nameUUIDFromBytes(block)
                + ">\r\nContent-Type: " + (type.equals("warcinfo") ? "application/warc-fields"
                : type.equals("resource") ? "text/html; charset=utf-8" : "application/http; msgtype=response") + "\r\nContent-Length: " + block.length + "\r\n\r\n";
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(head.getBytes(StandardCharsets.US_ASCII));
        out.writeBytes(block);
        out.writeBytes("\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
        return out.toByteArray();
    }

    static byte[] http(String contentType, byte[] body) {
        String head = "HTTP/1.1 200 OK\r\nContent-Type: " + contentType + "\r\nContent-Length: " + body.length + "\r\n\r\n";
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(head.getBytes(StandardCharsets.US_ASCII));
        out.writeBytes(body);
        return out.toByteArray();
    }

    static List<byte[]> records() {
        return List.of(
                record("warcinfo", null, "2024-02-11T00:00:00Z", "software: hand-made\r\n".getBytes(StandardCharsets.US_ASCII)),
                record("response", "https://news.example/dam-cracks", "2024-02-11T01:02:03Z",
                        http("text/html; charset=utf-8", PAGE_ONE.getBytes(StandardCharsets.UTF_8))),
                record("response", "https://news.example/logo.png", "2024-02-11T01:02:04Z",
                        http("image/png", new byte[]{(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13})),
                record("response", "https://news.example/cafes", "2024-02-11T01:02:05Z",
                        http("text/html; charset=windows-1252", PAGE_TWO.getBytes(Charset.forName("windows-1252")))));
    }

    static byte[] concat(List<byte[]> parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        parts.forEach(out::writeBytes);
        return out.toByteArray();
    }

    static byte[] gzipEach(List<byte[]> parts) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            ByteArrayOutputStream member = new ByteArrayOutputStream();
            try (GZIPOutputStream gz = new GZIPOutputStream(member)) {
                gz.write(p);
            }
            out.writeBytes(member.toByteArray());
        }
        return out.toByteArray();
    }

    private static List<ReadResult> read(Path file) throws BadInputException {
        try (var s = READER.read(file, null)) {
            return s.toList();
        }
    }

    private static void assertTwoPages(List<ReadResult> results) {
        assertEquals(2, results.size(), results.toString());
        var dam = results.get(0).article();
        assertEquals("https://news.example/dam-cracks", dam.url());
        assertEquals("2024-02-10T07:00:00Z", dam.published(), "the page's own date wins");
        assertTrue(dam.text().startsWith("Inspectors found hairline cracks"), dam.text());
        assertFalse(dam.text().contains("Home"));
        var cafes = results.get(1).article();
        assertEquals("https://news.example/cafes", cafes.url());
        assertEquals("2024-02-11T01:02:05Z", cafes.published(), "else the record's date");
        assertTrue(cafes.text().contains("Owners of cafés"), cafes.text());
        assertEquals("Café owners protest rent rise", cafes.title());
    }

    @Test
    void htmlResponsesBecomeArticles(@TempDir Path dir) throws Exception {
        Path warc = dir.resolve("crawl.warc");
        Files.write(warc, concat(records()));
        assertTwoPages(read(warc));
    }

    @Test
    void gzippedWarc(@TempDir Path dir) throws Exception {
        Path warc = dir.resolve("crawl.warc.gz");
        Files.write(warc, gzipEach(records()));
        assertTwoPages(read(warc));
    }

    @Test
    void truncatedRecordIsAFailedResultAndItsNeighboursComeOut(@TempDir Path dir) throws Exception {
        byte[] all = concat(records());
        byte[] last = records().get(3);
        byte[] cut = Arrays.copyOf(all, all.length - last.length / 2);
        Path warc = dir.resolve("cut.warc");
        Files.write(warc, cut);
        List<ReadResult> results = read(warc);
        assertTrue(results.get(0).ok());
        assertEquals("https://news.example/dam-cracks", results.get(0).article().url());
        assertEquals(2, results.size(), results.toString());
        assertFalse(results.get(1).ok(), results.get(1).toString());
        assertFalse(results.get(1).error().contains("\n"));
    }

    @Test
    void binaryServedAsHtmlIsAFailedItem(@TempDir Path dir) throws Exception {
        byte[] binary = new byte[2000];
        new java.util.Random(7).nextBytes(binary);
        binary[10] = 0;
        List<byte[]> parts = new java.util.ArrayList<>(records());
        parts.add(2, record("response", "https://news.example/blob", "2024-02-11T01:02:06Z",
                http("text/html", binary)));
        Path warc = dir.resolve("mixed.warc");
        Files.write(warc, concat(parts));
        List<ReadResult> results = read(warc);
        assertEquals(3, results.size(), results.toString());
        assertTrue(results.get(0).ok());
        assertFalse(results.get(1).ok());
        assertTrue(results.get(1).origin().contains("https://news.example/blob"));
        assertTrue(results.get(2).ok());
    }

    @Test
    void htmlResourceRecordIsAnArticleToo(@TempDir Path dir) throws Exception {
        Path warc = dir.resolve("resources.warc");
        Files.write(warc, concat(List.of(record("resource", "file:///archive/dam.html", "2024-02-12T00:00:00Z",
                PAGE_ONE.getBytes(StandardCharsets.UTF_8)))));
        List<ReadResult> results = read(warc);
        assertEquals(1, results.size());
        assertEquals("file:///archive/dam.html", results.get(0).article().url());
        assertTrue(results.get(0).article().text().startsWith("Inspectors found"));
    }
}
