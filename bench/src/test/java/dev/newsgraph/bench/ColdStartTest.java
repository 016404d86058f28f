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
    void theLaunchersClassDataArchiveIsPassedOnAndAStaleOneCostsNothing(@TempDir Path dir) throws Exception {
        // an archive that does not fit this JVM (here: not an archive at all, as after a rebuild the old one no
        // longer fits) is ignored without a word on standard output, so the record still comes first
        Path stale = Files.write(dir.resolve("stale.jsa"), new byte[4096]);
        String before = System.getProperty("newsgraph.cds.archive");
        System.setProperty("newsgraph.cds.archive", stale.toString());
        try {
            assertTrue(ColdStart.launcherOptions().contains("-XX:SharedArchiveFile=" + stale),
                    ColdStart.launcherOptions().toString());
            ColdStart c = ColdStart.measure(PipelineMeterTest.fixture());
            assertTrue(c.jvmUptimeSeconds() > 0, c.toString());
            System.setProperty("newsgraph.cds.archive", dir.resolve("missing.jsa").toString());
            assertTrue(ColdStart.launcherOptions().stream().noneMatch(o -> o.contains("SharedArchiveFile")),
                    "no archive, no option: " + ColdStart.launcherOptions());
        } finally {
            if (before == null) {
                System.clearProperty("newsgraph.cds.archive");
            } else {
                System.setProperty("newsgraph.cds.archive", before);
            }
        }
    }

    @Test
    void aFailedChildIsAnErrorNamingIt(@TempDir Path dir) throws Exception {
        Path empty = Files.writeString(dir.resolve("empty.txt"), "   \n");
        IOException e = assertThrows(IOException.class, () -> ColdStart.measure(empty));
        assertTrue(e.getMessage().contains("cold-start JVM failed"), e.getMessage());
    }
}
