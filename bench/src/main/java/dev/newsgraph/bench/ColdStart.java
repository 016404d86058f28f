package dev.newsgraph.bench;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Time to first record from a cold start: a new JVM ({@link FirstRecord}) with newsgraph's
 * launcher settings reads the input, loads the models and prints the first record; the time runs
 * from starting the process to reading that record's line, as a user waiting on
 * {@code ./newsgraph analyze} sees it (the shell script's own few milliseconds aside).
 *
 * @param seconds       process start to first record, measured by this process
 * @param jvmUptimeSeconds the child's own uptime when it had the record (JVM start to record)
 */
public record ColdStart(double seconds, double jvmUptimeSeconds) {

    /** The launcher's JVM settings. */
    public static final List<String> LAUNCHER_OPTIONS = List.of("-Xmx1g", "-XX:+UseSerialGC", "-Xmn64m", "-Xss4m");

    /**
     * The launcher's settings, with the vector API's module where this JVM has it (the launcher's
     * {@code NEWSGRAPH_VECTOR=1}) and the launcher's class-data archive where it started this JVM with one
     * (system property {@code newsgraph.cds.archive}), so that the child starts as the launcher starts the CLI.
     */
    static List<String> launcherOptions() {
        List<String> options = new java.util.ArrayList<>(LAUNCHER_OPTIONS);
        if (ModuleLayer.boot().findModule("jdk.incubator.vector").isPresent()) {
            options.addAll(List.of("--add-modules", "jdk.incubator.vector"));
        }
        String archive = System.getProperty("newsgraph.cds.archive");
        if (archive != null && new File(archive).isFile()) { // the launcher's class-data archive, as it starts the CLI
            options.addAll(List.of("-Xlog:cds*=off", "-XX:SharedArchiveFile=" + archive));
        }
        return options;
    }

    public static ColdStart measure(Path input) throws IOException, InterruptedException {
        File err = File.createTempFile("newsgraph-bench-cold", ".err");
        try {
            long t0 = System.nanoTime();
            Process p = new ChildJvm(launcherOptions(), FirstRecord.class, List.of(input.toString())).start(err);
            double seconds = -1;
            double uptime = -1;
            try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                String line = r.readLine();
                if (line != null && line.startsWith("{")) {
                    seconds = (System.nanoTime() - t0) / 1e9;
                    String up = r.readLine();
                    if (up != null && up.startsWith("uptime_ms ")) {
                        uptime = Long.parseLong(up.substring(10).trim()) / 1000.0;
                    }
                }
            }
            int rc = p.waitFor();
            if (rc != 0 || seconds < 0) {
                throw new IOException("the cold-start JVM failed (exit " + rc + "): " + ChildJvm.tail(err));
            }
            return new ColdStart(seconds, uptime);
        } finally {
            Files.deleteIfExists(err.toPath());
        }
    }
}
