package dev.newsgraph.store.postgres;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The password file read as libpq reads it, and the order the places of a password are tried in. */
class PgPassTest {
    @TempDir
    Path home;

    @Test
    void theFirstMatchingLineWinsWithWildcardsAndEscapes() {
        PgPass file = PgPass.parse("""
                # comment: ignored
                db.example.org:5432:news:ng:first
                db.example.org:*:news:ng:second
                *:*:*:ng:any\\:thing\\\\x
                short:line
                h\\:6:5433:d:u:colon-host:ignored-rest
                """);
        assertEquals(Optional.of("first"), file.password("db.example.org", 5432, "news", "ng"));
        assertEquals(Optional.of("second"), file.password("db.example.org", 6000, "news", "ng"));
        assertEquals(Optional.of("any:thing\\x"), file.password("localhost", 5432, "other", "ng"));
        assertEquals(Optional.of("colon-host"), file.password("h:6", 5433, "d", "u"));
        assertEquals(Optional.empty(), file.password("localhost", 5432, "news", "someone"));
    }

    @Test
    void theUrlThenTheGivenPasswordThenPgpasswordThenTheFileAreTried() throws Exception {
        Path pgpass = home.resolve(".pgpass");
        Files.writeString(pgpass, "h:5432:news:ng:from-file\n");
        Files.setPosixFilePermissions(pgpass, PosixFilePermissions.fromString("rw-------"));
        Map<String, String> env = Map.of("PGPASSWORD", "from-env");
        assertEquals("from-url", PostgresLogin.resolve("ng", "from-url", "h", 5432, "news", "given", env, home).password());
        assertEquals("given", PostgresLogin.resolve("ng", null, "h", 5432, "news", "given", env, home).password());
        assertEquals("from-env", PostgresLogin.resolve("ng", null, "h", 5432, "news", null, env, home).password());
        assertEquals("from-file", PostgresLogin.resolve("ng", null, "h", -1, "news", null, Map.of(), home).password());
        assertNull(PostgresLogin.resolve("ng", null, "h", 5432, "other", null, Map.of(), home).password());
    }

    @Test
    void pgpassfileNamesTheFileAndPguserTheUser() throws Exception {
        Path elsewhere = home.resolve("secrets");
        Files.writeString(elsewhere, "*:*:*:reporter:from-pgpassfile\n");
        Files.setPosixFilePermissions(elsewhere, PosixFilePermissions.fromString("r--------"));
        PostgresLogin login = PostgresLogin.resolve(null, null, "h", 5432, "news", null,
                Map.of("PGPASSFILE", elsewhere.toString(), "PGUSER", "reporter"), home);
        assertEquals("reporter", login.user());
        assertEquals("from-pgpassfile", login.password());
    }

    @Test
    void aFileOthersMayReadIsNotUsedAndTheLoginSaysWhy() throws Exception {
        Path pgpass = home.resolve(".pgpass");
        Files.writeString(pgpass, "*:*:*:*:leaked\n");
        Files.setPosixFilePermissions(pgpass, PosixFilePermissions.fromString("rw-r--r--"));
        List<String> refused = new ArrayList<>();
        assertEquals(Optional.empty(), PgPass.read(pgpass, refused));
        assertTrue(refused.get(0).contains("chmod 600"), refused.toString());
        PostgresLogin login = PostgresLogin.resolve("ng", null, "h", 5432, "news", null, Map.of(), home);
        assertNull(login.password());
        assertEquals(1, login.notes().size());
    }
}
