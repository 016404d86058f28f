package dev.newsgraph.store.sqlite;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsgraph.store.NewsFixtures;
import dev.newsgraph.store.NotAStoreException;
import dev.newsgraph.store.Store;
import dev.newsgraph.store.StoreException;
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
 * Files that are not newsgraph stores are refused, for reading and for writing, and left exactly
 * as they were, their folder too; stores are opened read-only for queries.
 */
class ForeignFilesTest {
    @TempDir
    Path dir;

    @Test
    void anotherProgramsSqliteDatabaseIsRefusedForReadingAndWritingAndLeftUntouched() throws Exception {
        for (String mode : List.of("DELETE", "WAL")) {
            Path folder = Files.createDirectories(dir.resolve(mode));
            Path db = folder.resolve("accounts.db");
            try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
                 Statement st = c.createStatement()) {
                st.execute("PRAGMA journal_mode = " + mode);
                st.execute("CREATE TABLE accounts(name TEXT, balance INTEGER)");
                st.execute("INSERT INTO accounts VALUES ('ada', 100)");
            }
            byte[] before = Files.readAllBytes(db);
            List<String> filesBefore = list(folder);
            for (boolean create : new boolean[] {false, true}) {
                NotAStoreException e = assertThrows(NotAStoreException.class, () -> Store.open(db.toString(), create));
                assertTrue(e.getMessage().startsWith(db + ": not a newsgraph store"), e.getMessage());
                assertTrue(e.getMessage().contains("without newsgraph's tables"), e.getMessage());
                assertArrayEquals(before, Files.readAllBytes(db), mode + ": the file is unchanged");
                assertEquals(filesBefore, list(folder), mode + ": nothing was added next to it");
            }
        }
    }

    @Test
    void aDatabaseMarkedAsAnotherProgramsIsRefusedFromItsHeader() throws Exception {
        Path db = dir.resolve("app.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement st = c.createStatement()) {
            st.execute("PRAGMA application_id = 1179206982");
            st.execute("CREATE TABLE meta(key TEXT, value TEXT)");
            st.execute("CREATE TABLE articles(id TEXT)");
        }
        NotAStoreException e = assertThrows(NotAStoreException.class, () -> Store.open(db.toString(), false));
        assertTrue(e.getMessage().contains("another program"), e.getMessage());
    }

    @Test
    void aTextFileIsRefusedAndKept() throws Exception {
        Path db = dir.resolve("notes.db");
        Files.writeString(db, "shopping: eggs, milk\n");
        for (boolean create : new boolean[] {false, true}) {
            NotAStoreException e = assertThrows(NotAStoreException.class, () -> Store.open(db.toString(), create));
            assertTrue(e.getMessage().contains("not an SQLite database"), e.getMessage());
            assertEquals("shopping: eggs, milk\n", Files.readString(db));
        }
        assertEquals(List.of("notes.db"), list(dir));
    }

    @Test
    void anEmptyFileIsNoStoreToReadButIngestMayMakeOneOfIt() throws Exception {
        Path db = Files.createFile(dir.resolve("new.db"));
        NotAStoreException e = assertThrows(NotAStoreException.class, () -> Store.open(db.toString(), false));
        assertTrue(e.getMessage().contains("an empty file"), e.getMessage());
        assertEquals(0, Files.size(db));
        try (Store s = Store.open(db.toString(), true)) {
            s.put(NewsFixtures.meeting());
        }
        try (Store s = Store.open(db.toString(), false)) {
            assertEquals(1, s.articleCount());
        }
    }

    @Test
    void aStoreOpenedForQueriesCannotBeWrittenThrough() throws Exception {
        Path folder = dir.resolve("store");
        try (Store s = Store.open(folder.toString(), true)) {
            s.put(NewsFixtures.meeting());
        }
        try (Store reader = Store.open(folder.toString(), false)) {
            assertThrows(StoreException.class, () -> reader.put(NewsFixtures.strike()));
            assertEquals(1, reader.articleCount());
        }
    }

    @Test
    void aStoreWrittenBeforeStoresWereMarkedIsStillRecognised() throws Exception {
        Path folder = dir.resolve("old");
        try (Store s = Store.open(folder.toString(), true)) {
            s.put(NewsFixtures.meeting());
        }
        Path file = folder.resolve(SqliteStore.FILE);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = c.createStatement()) {
            st.execute("PRAGMA application_id = 0");
        }
        assertEquals(new StoreFile(true, false, SqliteStore.SCHEMA_VERSION, null), StoreFile.recognise(file));
        try (Store s = Store.open(folder.toString(), false)) {
            assertEquals(1, s.articleCount());
        }
    }

    private static List<String> list(Path folder) throws Exception {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
