package dev.newsgraph.bench;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A fresh JVM on this JVM's class path, for figures that need a process of their own (a cold
 * start, a heap limit or a resident set not shared with the other pipeline).
 */
final class ChildJvm {
    private final List<String> command = new ArrayList<>();

    /** @param jvmOptions heap limit and GC flags, e.g. {@code -Xmx1g} */
    ChildJvm(List<String> jvmOptions, Class<?> main, List<String> args) {
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(main.getName());
        command.addAll(args);
    }

    /** Starts it with stdout piped to the caller and stderr to {@code errFile}. */
    Process start(File errFile) throws IOException {
        ProcessBuilder pb = new ProcessBuilder(command);
        pb.redirectError(errFile);
        pb.redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
        return pb.start();
    }

    /** The last lines of a child's stderr, for a message. */
    static String tail(File errFile) {
        try {
            List<String> lines = Files.readAllLines(errFile.toPath());
            return String.join(" | ", lines.subList(Math.max(0, lines.size() - 3), lines.size()));
        } catch (IOException e) {
            return "";
        }
    }
}
