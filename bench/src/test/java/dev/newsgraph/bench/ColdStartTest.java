package dev.newsgraph.bench;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A new JVM with the launcher's settings reads, analyses and prints its first record. */
class ColdStartTest {
    @Test
    void measuresANewJvmToItsFirstRecord() throws Exception {
        ColdStart c = ColdStart.measure(PipelineMeterTest.fixture());
        assertTrue(c.jvmUptimeSeconds() > 0.5, "models take time to load: " + c);
        assertTrue(c.seconds() >= c.jvmUptimeSeconds() * 0.9, "measured from outside, the time includes the JVM's: " + c);
    }

    @Test
    void aFailedChildIsAnErrorNamingIt(@TempDir Path dir) throws Exception {
        Path empty = Files.writeString(dir.resolve("empty.txt"), "   \n");
        IOException e = assertThrows(IOException.class, () -> ColdStart.measure(empty));
        assertTrue(e.getMessage().contains("cold-start JVM failed"), e.getMessage());
    }
}
