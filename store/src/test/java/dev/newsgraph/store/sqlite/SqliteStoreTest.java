package dev.newsgraph.store.sqlite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsgraph.store.NewsFixtures;
import dev.newsgraph.store.Store;
import dev.newsgraph.store.StoreContractTest;
import dev.newsgraph.store.StoreException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The store contract on SQLite files, and what is particular to the embedded store. */
class SqliteStoreTest extends StoreContractTest {
    @TempDir
    Path dir;
    private int stores;

    @Override
    protected Store fresh() {
        return Store.open(dir.resolve("store" + stores++).toString(), true);
    }

    @Test
    void storeSurvivesClosingAndReopening() {
        Store first = filled();
        String where = first.location();
        first.close();
        try (Store again = Store.open(where, false)) {
            assertEquals(7, again.articleCount());
        }
    }

    @Test
    void queryingAStoreThatDoesNotExistSaysSoAndCreatesNothing() {
        StoreException e = assertThrows(StoreException.class, () -> Store.open(dir.resolve("none").toString(), false));
        assertTrue(e.getMessage().contains("no store"), e.getMessage());
        assertFalse(dir.resolve("none").toFile().exists());
    }

    @Test
    void aSecondConnectionReadsWhileTheFirstHoldsTheStoreOpenForWriting() {
        try (Store writer = Store.open(dir.toString(), true)) {
            writer.put(NewsFixtures.meeting());
            try (Store reader = Store.open(dir.toString(), false)) {
                assertEquals(1, reader.articleCount());
                writer.put(NewsFixtures.strike());
                assertEquals(2, reader.articleCount());
            }
        }
    }
}
