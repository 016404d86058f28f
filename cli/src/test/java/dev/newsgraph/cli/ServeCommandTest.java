package dev.newsgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code serve}'s refusals: each exits with the contract's code and one line naming the problem. */
class ServeCommandTest {
    @TempDir
    Path dir;

    private static String[] run(String... args) {
        PrintStream err = System.err;
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        System.setErr(new PrintStream(buf, true, StandardCharsets.UTF_8));
        try {
            int code = Newsgraph.run(args);
            return new String[] {String.valueOf(code), buf.toString(StandardCharsets.UTF_8)};
        } finally {
            System.setErr(err);
        }
    }

    @Test
    void aRemoteAddressWithoutTheFlagIsBadUsage() {
        String[] r = run("serve", "--db", dir.toString(), "--bind", "0.0.0.0", "--port", "0");
        assertEquals(String.valueOf(ExitCodes.USAGE), r[0]);
        assertTrue(r[1].contains("--allow-remote"), r[1]);
    }

    @Test
    void aPortOutOfRangeIsBadUsage() {
        String[] r = run("serve", "--db", dir.toString(), "--port", "70000");
        assertEquals(String.valueOf(ExitCodes.USAGE), r[0]);
        assertTrue(r[1].contains("--port"), r[1]);
    }

    @Test
    void aMissingStoreFails() {
        String[] r = run("serve", "--db", dir.resolve("none").toString(), "--port", "0");
        assertEquals(String.valueOf(ExitCodes.FAILED), r[0]);
        assertTrue(r[1].startsWith("newsgraph: "), r[1]);
        assertEquals(1, r[1].strip().lines().count(), r[1]);
    }
}
