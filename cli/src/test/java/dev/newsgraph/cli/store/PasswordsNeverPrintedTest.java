package dev.newsgraph.cli.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsgraph.cli.Newsgraph;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real PostgreSQL server whose user {@code ng} must give a password (slashes, at signs and
 * colons in it). Every way of giving the password works, and the output (stdout and stderr) of
 * every failure path is swept for it: bad URLs, an unreachable server, mistyped flags, a wrong
 * password, a password typed where a file was wanted.
 */
class PasswordsNeverPrintedTest {
    private static final String PASSWORD = "S3cr/et@pa:ss";
    private static final String WRONG = "Wr0ng/p@ss";
    @TempDir
    static Path dir;
    private static EmbeddedPostgres server;
    private static String host;

    @BeforeAll
    static void start() throws Exception {
        server = EmbeddedPostgres.builder().setDataDirectoryCustomizer(data -> {
            try {
                // the superuser connects without a password (the test's own set-up); ng must give one
                Files.writeString(data.toPath().resolve("pg_hba.conf"), String.join("\n",
                        "local all all trust", "host all postgres 127.0.0.1/32 trust", "host all postgres ::1/128 trust",
                        "host all all 127.0.0.1/32 md5", "host all all ::1/128 md5") + "\n");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }).start();
        try (Connection c = server.getPostgresDatabase().getConnection(); Statement st = c.createStatement()) {
            st.execute("CREATE ROLE ng LOGIN PASSWORD '" + PASSWORD + "'");
            st.execute("CREATE DATABASE news OWNER ng");
        }
        host = "localhost:" + server.getPort();
        Files.writeString(dir.resolve("article.txt"), "Ferry resumes\n\nThe ferry to the island resumed on Monday"
                + " after repairs, the operator said.\n");
        Path file = dir.resolve("password");
        Files.writeString(file, PASSWORD + "\n");
        StoreCommandsTest.Run r = StoreCommandsTest.run("ingest", "--db", "postgresql://ng@" + host + "/news",
                "--db-password-file", file.toString(), "--jobs", "1", dir.resolve("article.txt").toString());
        assertEquals(0, r.code(), r.err());
        swept(r);
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
    }

    /** Neither output holds the password, in any spelling a message could give it. */
    private static void swept(StoreCommandsTest.Run r) {
        for (String secret : List.of(PASSWORD, URLEncoder.encode(PASSWORD, StandardCharsets.UTF_8), WRONG,
                URLEncoder.encode(WRONG, StandardCharsets.UTF_8), "S3cr", "Wr0ng")) {
            assertFalse(r.out().contains(secret) || r.err().contains(secret), "printed: " + r);
        }
    }

    private static StoreCommandsTest.Run failing(String... args) {
        StoreCommandsTest.Run r = StoreCommandsTest.run(args);
        assertNotEquals(0, r.code(), r.toString());
        assertFalse(r.err().isBlank(), "a failure says why: " + r);
        swept(r);
        return r;
    }

    @Test
    void everyFailurePathHidesThePassword() throws Exception {
        String encoded = URLEncoder.encode(PASSWORD, StandardCharsets.UTF_8);
        // bad URLs: the password unencoded, so that the URL does not parse
        failing("query", "entities", "--db", "postgresql://ng:" + PASSWORD + "@" + host + "/news");
        failing("query", "entities", "--db", "postgresql://ng:" + PASSWORD + "@/news");
        failing("search", "--db", "postgresql://ng:" + WRONG + "@" + host + "/news?sslmode=bogus", "ferry");
        // an unreachable server, in the URL's user information and in a parameter
        failing("query", "entities", "--db", "postgresql://ng:" + encoded + "@127.0.0.1:1/news");
        failing("query", "entities", "--db", "postgresql://127.0.0.1:1/news?user=ng&password=" + encoded);
        // mistyped flags and arguments next to the URL
        failing("query", "entities", "--dbb", "postgresql://ng:" + encoded + "@" + host + "/news");
        failing("query", "entities", "--db=postgresql://ng:" + encoded + "@" + host + "/news", "--limt", "3");
        failing("query", "entitties", "--db", "postgresql://ng:" + encoded + "@" + host + "/news");
        failing("query", "entities", "--db", "postgresql://ng:" + encoded + "@" + host + "/news", "--limit", "zero");
        failing("query", "entities", "postgresql://ng:" + encoded + "@" + host + "/news");
        // a wrong password, from the URL and from a file
        StoreCommandsTest.Run wrong = failing("query", "entities", "--db",
                "postgresql://ng:" + URLEncoder.encode(WRONG, StandardCharsets.UTF_8) + "@" + host + "/news");
        assertTrue(wrong.err().contains("password authentication failed"), wrong.err());
        Path wrongFile = dir.resolve("wrong");
        Files.writeString(wrongFile, WRONG);
        failing("export", "--db", "postgresql://ng@" + host + "/news", "--db-password-file", wrongFile.toString(),
                "--format", "jsonl", "--out", "-");
        // the password typed where the file's path was wanted
        StoreCommandsTest.Run typed = failing("query", "entities", "--db", "postgresql://ng@" + host + "/news",
                "--db-password-file", PASSWORD);
        assertTrue(typed.err().contains("--db-password-file: no such file"), typed.err());
        // serve: the wrong password from its file is the one tried, and neither is shown
        StoreCommandsTest.Run serve = failing("serve", "--port", "0", "--db", "postgresql://ng@" + host + "/news",
                "--db-password-file", wrongFile.toString());
        assertTrue(serve.err().contains("password authentication failed"), serve.err());
        StoreCommandsTest.Run serveTyped = failing("serve", "--port", "0", "--db", "postgresql://ng@" + host + "/news",
                "--db-password-file", PASSWORD);
        assertTrue(serveTyped.err().contains("--db-password-file: no such file"), serveTyped.err());
        // none given at all
        StoreCommandsTest.Run none = failing("query", "entities", "--db", "postgresql://ng@" + host + "/news");
        assertTrue(none.err().contains("no password"), none.err());
    }

    @Test
    void serveReadsAStoreWhosePasswordIsGivenApart() throws Exception {
        String db = "postgresql://ng@" + host + "/news";
        String withPassword = "postgresql://ng:" + URLEncoder.encode(PASSWORD, StandardCharsets.UTF_8) + "@" + host + "/news";
        assertEquals(0, StoreCommandsTest.run("ingest", "--db", withPassword, dir.resolve("article.txt").toString()).code());
        var settings = dev.newsgraph.server.NewsServer.Settings.local(db, 0).withPassword(PASSWORD);
        assertFalse(settings.toString().contains(PASSWORD), settings.toString());
        try (var server = dev.newsgraph.server.NewsServer.start(settings)) {
            var http = java.net.http.HttpClient.newHttpClient();
            var answer = http.send(java.net.http.HttpRequest.newBuilder(
                    java.net.URI.create("http://127.0.0.1:" + server.port() + "/api/status")).build(),
                    java.net.http.HttpResponse.BodyHandlers.ofString());
            assertEquals(200, answer.statusCode(), answer.body());
            assertFalse(answer.body().contains(PASSWORD));
        }
    }

    @Test
    void thePasswordInTheUrlWorksAndIsNotShown() {
        String db = "postgresql://ng:" + URLEncoder.encode(PASSWORD, StandardCharsets.UTF_8) + "@" + host + "/news";
        StoreCommandsTest.Run r = StoreCommandsTest.run("ingest", "--db", db, dir.resolve("article.txt").toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.err().contains("postgresql://ng:***@"), r.err());
        swept(r);
    }

    @Test
    void pgpasswordAndThePasswordFileWorkInAProcessOfTheirOwn() throws Exception {
        String db = "postgresql://ng@" + host + "/news";
        Path home = Files.createDirectories(dir.resolve("home"));
        StoreCommandsTest.Run env = newsgraph(Map.of("PGPASSWORD", PASSWORD, "HOME", home.toString()),
                "query", "entities", "--db", db, "--format", "json");
        assertEquals(0, env.code(), env.err());
        swept(env);
        Path pgpass = home.resolve(".pgpass");
        Files.writeString(pgpass, "# newsgraph test\nlocalhost:" + server.getPort() + ":news:ng:"
                + PASSWORD.replace(":", "\\:") + "\n");
        Files.setPosixFilePermissions(pgpass, PosixFilePermissions.fromString("rw-------"));
        StoreCommandsTest.Run file = newsgraph(Map.of("HOME", home.toString()), "query", "entities", "--db", db);
        assertEquals(0, file.code(), file.err());
        swept(file);
        Files.setPosixFilePermissions(pgpass, PosixFilePermissions.fromString("rw-r--r--"));
        StoreCommandsTest.Run open = newsgraph(Map.of("HOME", home.toString()), "query", "entities", "--db", db);
        assertEquals(1, open.code(), open.err());
        assertTrue(open.err().contains("chmod 600"), open.err());
        swept(open);
    }

    /** Runs the command in a JVM of its own, with these environment variables (PGPASSWORD ...) and no others of the kind. */
    private static StoreCommandsTest.Run newsgraph(Map<String, String> env, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Duser.home=" + env.getOrDefault("HOME", System.getProperty("user.home")),
                "-cp", System.getProperty("java.class.path"), Newsgraph.class.getName()));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command);
        pb.environment().keySet().removeIf(k -> k.startsWith("PG"));
        pb.environment().putAll(env);
        Path out = Files.createTempFile(dir, "out", ".txt");
        Path err = Files.createTempFile(dir, "err", ".txt");
        Process p = pb.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertTrue(p.waitFor(2, TimeUnit.MINUTES), "finished");
        return new StoreCommandsTest.Run(p.exitValue(), Files.readString(out), Files.readString(err));
    }
}
