package dev.newsgraph.cli.store;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** Placeholder until the store lands. */
@Command(name = "export", description = "Not built yet.")
public final class ExportCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        System.err.println("newsgraph: export is not built yet");
        return 1;
    }
}
