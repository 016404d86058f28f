package dev.newsgraph.cli.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every verb given a file that is not a newsgraph store as {@code --db} refuses it in one line
 * naming it, exits 3, and leaves the file and its folder exactly as they were.
 */
class ForeignStoreCommandsTest {
    @TempDir
    Path dir;

    private List<List<String>> verbs(String db) {
        return List.of(
                List.of("query", "entities", "--db", db),
                List.of("query", "quotes", "--db", db, "--format", "json"),
                List.of("search", "--db", db, "ferry"),
                List.of("export", "--db", db, "--format", "jsonl", "--out", dir.resolve("out.jsonl").toString()),
                List.of("serve", "--db", db, "--port", "0"),
                List.of("ingest", "--db", db, "--jobs", "1", dir.resolve("article.txt").toString()));
    }

    @Test
    void anotherProgramsDatabaseIsRefusedByEveryVerbAndLeftUntouched() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("app"));
        Path db = folder.resolve("contacts.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement st = c.createStatement()) {
            st.execute("CREATE TABLE contacts(name TEXT, phone TEXT)");
            st.execute("INSERT INTO contacts VALUES ('ada', '555-0100')");
        }
        Files.writeString(dir.resolve("article.txt"), "Ferry resumes\n\nThe ferry to the island resumed on Monday, the operator said.\n");
        byte[] before = Files.readAllBytes(db);
        for (List<String> verb : verbs(db.toString())) {
            StoreCommandsTest.Run r = StoreCommandsTest.run(verb.toArray(String[]::new));
            assertEquals(3, r.code(), verb + ": " + r.err());
            assertEquals(1, r.err().lines().count(), verb + ": one line: " + r.err());
            assertTrue(r.err().startsWith("newsgraph: " + db + ": not a newsgraph store"), verb + ": " + r.err());
            assertEquals("", r.out(), verb.toString());
            assertArrayEquals(before, Files.readAllBytes(db), verb + ": the file is unchanged");
            assertEquals(List.of("contacts.db"), list(folder), verb + ": nothing was added next to it");
        }
        assertFalse(Files.exists(dir.resolve("out.jsonl")), "nothing was exported");
    }

    @Test
    void anEmptyFileIsNoStoreToReadAndATextFileNoStoreAtAll() throws Exception {
        Path empty = Files.createFile(dir.resolve("empty.db"));
        StoreCommandsTest.Run q = StoreCommandsTest.run("query", "entities", "--db", empty.toString());
        assertEquals(3, q.code(), q.err());
        assertTrue(q.err().contains(empty + ": not a newsgraph store (an empty file)"), q.err());
        assertEquals(0, Files.size(empty));
        Path notes = dir.resolve("notes.txt");
        Files.writeString(notes, "eggs\nmilk\n");
        StoreCommandsTest.Run s = StoreCommandsTest.run("search", "--db", notes.toString(), "eggs");
        assertEquals(3, s.code(), s.err());
        assertTrue(s.err().contains("not an SQLite database"), s.err());
        assertEquals("eggs\nmilk\n", Files.readString(notes));
    }

    private static List<String> list(Path folder) throws Exception {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
