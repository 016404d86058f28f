package dev.newsgraph.cli.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class ProgressTest {
    @Test
    void pipeGetsPlainLinesWithCountsRateAndTimeLeft() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Progress p = new Progress(new PrintStream(bytes, true, StandardCharsets.UTF_8), false, 10);
        p.stored.addAndGet(3);
        p.duplicates.incrementAndGet();
        p.failed.incrementAndGet();
        p.tick(true);
        String line = bytes.toString(StandardCharsets.UTF_8);
        assertTrue(line.startsWith("newsgraph: ingest 5/10 (50%) "), line);
        assertTrue(line.contains("articles/s ETA "), line);
        assertTrue(line.contains("stored 3, duplicates 1, failed 1"), line);
        assertTrue(!line.contains("\r") && !line.contains("\033"), "no terminal codes in a pipe");
    }

    @Test
    void terminalGetsABarRedrawnInPlaceAndMessagesClearIt() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Progress p = new Progress(new PrintStream(bytes, true, StandardCharsets.UTF_8), true, 4);
        p.stored.addAndGet(2);
        p.tick(true);
        p.log("newsgraph: feed.jsonl:3: no text");
        String out = bytes.toString(StandardCharsets.UTF_8);
        assertTrue(out.startsWith("\r\033[K[###############...............] 2/4 (50%)"), out);
        assertTrue(out.endsWith("\r\033[Knewsgraph: feed.jsonl:3: no text\n"), out);
    }

    @Test
    void durationsReadAsHoursMinutesSeconds() {
        assertEquals("42s", Progress.format(Duration.ofSeconds(42)));
        assertEquals("5m02s", Progress.format(Duration.ofSeconds(302)));
        assertEquals("2h05m", Progress.format(Duration.ofMinutes(125)));
    }
}
