package dev.newsgraph.bench;

import dev.newsgraph.analysis.Analyzer;
import dev.newsgraph.model.RecordCodec;
import dev.newsgraph.reading.BadInputException;
import dev.newsgraph.reading.InputReader;
import dev.newsgraph.reading.ReadResult;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Child-JVM entry for the cold start: {@code FirstRecord INPUT} reads the input as
 * {@code analyze} does, analyses its first article and prints the record's JSON on one line,
 * then the JVM's uptime at that moment ({@code uptime_ms N}) on the next, and exits.
 */
public final class FirstRecord {
    private FirstRecord() {
    }

    public static void main(String[] args) throws Exception {
        Optional<ReadResult> first;
        try (Stream<ReadResult> items = new InputReader().read(Path.of(args[0]), null)) {
            first = items.filter(ReadResult::ok).findFirst();
        } catch (BadInputException e) {
            System.err.println("newsgraph bench: " + e.getMessage());
            System.exit(3);
            return;
        }
        if (first.isEmpty()) {
            System.err.println("newsgraph bench: " + args[0] + ": no article to analyse");
            System.exit(3);
        }
        String json = RecordCodec.toJson(Analyzer.create().analyze(first.get().article()));
        long uptime = ManagementFactory.getRuntimeMXBean().getUptime();
        System.out.println(json);
        System.out.println("uptime_ms " + uptime);
        System.out.flush();
    }
}
