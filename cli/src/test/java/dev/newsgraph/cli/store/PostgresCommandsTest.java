package dev.newsgraph.cli.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsgraph.model.RecordCodec;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The store verbs with {@code --db postgresql://...} against a real PostgreSQL server the test starts. */
class PostgresCommandsTest {
    @TempDir
    Path dir;

    @Test
    void ingestQuerySearchAndExportWorkOnPostgresql() throws Exception {
        Files.writeString(dir.resolve("ferry.txt"), "Storm closes harbour at Dover\n\n"
                + "High winds forced the Port of Dover to suspend all ferry crossings on Tuesday, stranding hundreds of"
                + " lorries on the M20, the harbour master said.\n");
        Files.writeString(dir.resolve("wire.jsonl"), "{\"title\": \"Bridge reopens\", \"text\": \"The Old Bridge reopened"
                + " to traffic on Monday after a two-year repair, the city council said.\", \"published\": \"2025-05-05\"}\n");
        try (EmbeddedPostgres pg = EmbeddedPostgres.builder().start()) {
            String db = "postgresql://postgres:pw@localhost:" + pg.getPort() + "/postgres";
            StoreCommandsTest.Run first = StoreCommandsTest.run("ingest", "--db", db, "--jobs", "2", dir.toString());
            assertEquals(0, first.code(), first.err());
            assertTrue(first.err().contains("2 stored"), first.err());
            StoreCommandsTest.Run again = StoreCommandsTest.run("ingest", "--db", db, dir.toString());
            assertTrue(again.err().contains("0 stored, 2 skipped as duplicates"), again.err());
            StoreCommandsTest.Run search = StoreCommandsTest.run("search", "--db", db, "--format", "json", "ferries");
            assertEquals(0, search.code(), search.err());
            assertTrue(search.out().contains("Storm closes harbour at Dover"), search.out());
            assertTrue(search.out().contains("[ferry]"), search.out());
            StoreCommandsTest.Run entities = StoreCommandsTest.run("query", "entities", "--db", db, "--format", "csv");
            assertEquals(0, entities.code(), entities.err());
            StoreCommandsTest.Run export = StoreCommandsTest.run("export", "--db", db, "--format", "jsonl", "--out", "-");
            assertEquals(2, export.out().lines().map(RecordCodec::fromJson).count());
            assertTrue(!export.err().contains("pw@"), "the password is never printed: " + export.err());
        }
    }
}
