package dev.newsgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.newsgraph.model.RecordCodec;
import dev.newsgraph.model.RecordSchemaCheck;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AnalyzeCommandTest {
    @TempDir
    Path dir;

    /** What one run of the command line printed and returned. */
    record Run(int code, String out, String err) {
    }

    static Run run(String... args) {
        PrintStream oldOut = System.out;
        PrintStream oldErr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            int code = Newsgraph.run(args);
            return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
    }

    private Path write(String name, String text) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, text);
        return p;
    }

    @Test
    void anArticleBecomesARecordWithProvenanceAndCleanedText() throws Exception {
        Path p = write("story.txt", "Port strike ends in Valencia\n"
                + "Mayor Elena Ruiz welcomed the deal on Tuesday. \"It is good news,\" she said.\nShare this:\n");
        Run r = run("analyze", "--published", "2024-05-02", p.toString());
        assertEquals(0, r.code(), r.err());
        RecordSchemaCheck.assertValid(r.out());
        JsonNode rec = RecordCodec.mapper().readTree(r.out());
        assertEquals("newsgraph/1", rec.get("format").asText());
        assertEquals("Port strike ends in Valencia", rec.get("article").get("title").asText());
        assertFalse(rec.get("article").get("text").asText().contains("Share this"));
        assertTrue(rec.get("article").get("id").asText().startsWith("sha256:"));
        assertEquals("0.1.0", rec.get("provenance").get("newsgraph").asText());
        assertTrue(rec.get("provenance").get("stages").toString().contains("quotes"));
        JsonNode q = rec.get("quotes").get(0);
        String speaker = q.get("speaker").asText();
        boolean ruiz = false;
        for (JsonNode e : rec.get("entities")) {
            ruiz |= e.get("id").asText().equals(speaker) && e.get("name").asText().equals("Elena Ruiz");
        }
        assertTrue(ruiz, "the quote is Elena Ruiz's: " + r.out());
    }

    @Test
    void jsonLinesGiveOneRecordALineInOrder() throws Exception {
        Path p = write("two.jsonl", "{\"title\":\"A\",\"text\":\"Farmer Jonas Weber sold his land.\",\"published\":\"2023-01-02\"}\n"
                + "not json at all\n"
                + "{\"title\":\"B\",\"text\":\"Engineer Lina Park built a bridge.\",\"published\":\"2023-02-03\"}\n");
        Run r = run("analyze", "--format", "jsonl", p.toString());
        assertEquals(3, r.code(), "a bad line is bad input, the good lines still come out");
        String[] lines = r.out().strip().split("\n");
        assertEquals(2, lines.length);
        RecordSchemaCheck.assertValid(r.out());
        assertEquals("A", RecordCodec.fromJson(lines[0]).article().title());
        assertEquals("2023-02-03", RecordCodec.fromJson(lines[1]).article().published());
        assertTrue(r.err().contains("two.jsonl:2"), r.err());
        assertFalse(r.err().contains("Exception"), r.err());
    }

    @Test
    void emptyBinaryMissingAndHugeInputsGetOneLineErrorsNamingThem() throws Exception {
        Path empty = write("empty.txt", "");
        Path binary = dir.resolve("photo.txt");
        Files.write(binary, new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13, 1, 2, 3});
        Path huge = dir.resolve("huge.txt");
        try (RandomAccessFile f = new RandomAccessFile(huge.toFile(), "rw")) {
            f.setLength(50L * 1024 * 1024);
        }
        for (Path p : new Path[] {empty, binary, huge, dir.resolve("missing.txt")}) {
            Run r = run("analyze", p.toString());
            assertEquals(3, r.code(), p + ": " + r.err());
            assertTrue(r.err().contains(p.getFileName().toString()), r.err());
            assertEquals(1, r.err().strip().split("\n").length, "one line: " + r.err());
            assertFalse(r.err().contains("at dev.") || r.err().contains("Exception"), r.err());
        }
    }

    @Test
    void invalidUtf8IsReadAsLegacyTextNotMojibake() throws Exception {
        Path p = dir.resolve("latin.txt");
        Files.write(p, "Caf\u00e9 owner Ren\u00e9 Roux opened a shop.".getBytes(StandardCharsets.ISO_8859_1));
        Run r = run("extract", "--format", "jsonl", p.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("Ren\u00e9 Roux"), r.out());
    }

    @Test
    void aOneSentenceArticleStaysAnArticle() throws Exception {
        Path p = write("one.txt", "Police in Porto arrested two men on Sunday.");
        Run r = run("extract", "--format", "jsonl", p.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("Police in Porto arrested two men on Sunday."), r.out());
    }

    @Test
    void badUsageIsExitTwo() {
        assertEquals(2, run("analyze", "--format", "yaml", "x.txt").code());
        assertEquals(2, run("analyze", "--published", "yesterday", "x.txt").code());
        assertEquals(2, run("analyze").code());
        assertEquals(0, run("--version").code());
    }
}
