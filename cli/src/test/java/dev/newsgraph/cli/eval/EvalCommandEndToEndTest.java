package dev.newsgraph.cli.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newsgraph.cli.ExitCodes;
import dev.newsgraph.cli.Newsgraph;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code newsgraph eval --format json} on the bundled example gold file, with the real analyser (loads CoreNLP). */
class EvalCommandEndToEndTest {

    @Test
    void jsonFormatPrintsOneObjectOfTheTotalsOnStdout() throws Exception {
        Path gold = Path.of("../examples/gold");
        assertTrue(Files.isRegularFile(gold.resolve("seed-witkoff-putin.json")), "the example gold file ships");
        PrintStream stdout = System.out;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int code;
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            code = Newsgraph.run("eval", "--gold-dir", gold.toString(), "--format", "json");
        } finally {
            System.setOut(stdout);
        }
        assertEquals(ExitCodes.DONE, code);
        List<String> lines = out.toString(StandardCharsets.UTF_8).lines().toList();
        assertEquals(1, lines.size(), "stdout holds the JSON object alone: " + lines);
        Map<?, ?> totals = new ObjectMapper().readValue(lines.get(0), Map.class);
        assertEquals(16, totals.size());
        assertEquals(List.of("persons_precision", "persons_recall", "persons_f1"),
                totals.keySet().stream().limit(3).toList());
        for (Map.Entry<?, ?> e : totals.entrySet()) {
            if (e.getValue() == null) {
                continue; // a measure the gold gives nothing to count for
            }
            double v = ((Number) e.getValue()).doubleValue();
            assertTrue(v >= 0 && v <= 1, e + " is a share");
        }
    }
}
