package dev.newsgraph.cli.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsgraph.collect.RoundReport;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class RoundProgressTest {

    private static RoundReport soFar(int sourcesDone, int stored) {
        return new RoundReport(sourcesDone, sourcesDone, 0, 0, stored, stored, 0, Duration.ofSeconds(1));
    }

    @Test
    void onATerminalTheBarIsRedrawnInPlaceAndMessagesStayClearOfIt() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RoundProgress p = new RoundProgress(new PrintStream(out, true, StandardCharsets.UTF_8), true);
        p.begin(2, 4);
        p.update(soFar(1, 3));
        p.log("newsgraph: https://a.example/feed: HTTP 503");
        p.update(soFar(4, 5)); // the last source is always drawn
        p.log("newsgraph: round 2: 4 sources ...");
        String s = out.toString(StandardCharsets.UTF_8);
        assertTrue(s.startsWith("\r\033[K[#######"), s);
        assertTrue(s.contains("round 2: 1/4 sources, 3 new items, 3 stored, 0 errors"), s);
        assertTrue(s.contains("\r\033[Knewsgraph: https://a.example/feed: HTTP 503\n"), "the bar is cleared first: " + s);
        assertTrue(s.contains("[" + "#".repeat(30) + "] round 2: 4/4 sources"), s);
        assertTrue(s.endsWith("\r\033[Knewsgraph: round 2: 4 sources ...\n"), s);
    }

    @Test
    void inAPipeOnlyTheLinesAreWritten() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RoundProgress p = new RoundProgress(new PrintStream(out, true, StandardCharsets.UTF_8), false);
        p.begin(1, 2);
        p.update(soFar(1, 1));
        p.update(soFar(2, 2));
        p.log("newsgraph: round 1: 2 sources");
        assertEquals("newsgraph: round 1: 2 sources\n", out.toString(StandardCharsets.UTF_8));
    }
}
