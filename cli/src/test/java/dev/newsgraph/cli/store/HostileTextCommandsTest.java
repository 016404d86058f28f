package dev.newsgraph.cli.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Article text is anyone's: what it holds reaches the reader's terminal as text only (no escape
 * sequence, no control character), and the reader's spreadsheet as text only (no formula), while
 * JSON keeps it exactly.
 */
class HostileTextCommandsTest {
    @TempDir
    static Path dir;
    static String db;

    @BeforeAll
    static void ingest() throws Exception {
        db = dir.resolve("db").toString();
        Path feed = dir.resolve("hostile.jsonl");
        Files.writeString(feed, String.join("\n",
                "{\"title\": \"\\u001b]0;owned\\u0007Ferry \\u001b[31mred\\u001b[0m \\u202eeton\", \"text\": \"The ferry"
                        + " resumed \\u001b[2J\\u001b[H on Monday \\u009b31m after repairs \\u0008\\u0008, the operator said.\","
                        + " \"published\": \"2025-05-01\"}",
                "{\"title\": \"=HYPERLINK(\\\"http://evil.example\\\",\\\"ferry\\\")\", \"text\": \"The ferry to the"
                        + " island was cancelled on Tuesday, the operator said.\", \"published\": \"2025-05-02\"}")
                + "\n");
        StoreCommandsTest.Run r = StoreCommandsTest.run("ingest", "--db", db, "--jobs", "1", feed.toString());
        assertEquals(0, r.code(), r.err());
    }

    @Test
    void aSearchTableShowsTheTextWithoutItsControlsAndEscapeSequences() {
        StoreCommandsTest.Run table = StoreCommandsTest.run("search", "--db", db, "ferry");
        assertEquals(0, table.code(), table.err());
        assertTrue(table.out().contains("Ferry red"), table.out());
        for (char c : new char[] {'\u001b', '\u0007', '\u009b', '\u0008', '\u202e'}) {
            assertFalse(table.out().indexOf(c) >= 0, "U+" + Integer.toHexString(c) + " reached the terminal: " + table.out());
        }
        StoreCommandsTest.Run json = StoreCommandsTest.run("search", "--db", db, "--format", "json", "ferry");
        assertTrue(json.out().contains("\\u001B]0;owned\\u0007Ferry") || json.out().contains("\\u001b]0;owned\\u0007Ferry"),
                "JSON keeps the text exactly: " + json.out());
    }

    @Test
    void csvWritesAFormulaInTheTextAsText() {
        StoreCommandsTest.Run csv = StoreCommandsTest.run("search", "--db", db, "--format", "csv", "cancelled");
        assertEquals(0, csv.code(), csv.err());
        assertTrue(csv.out().contains(",\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"ferry\"\")\","), csv.out());
    }
}
