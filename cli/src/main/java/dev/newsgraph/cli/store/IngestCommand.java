package dev.newsgraph.cli.store;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** Placeholder until the store lands. */
@Command(name = "ingest", description = "Not built yet.")
public final class IngestCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        System.err.println("newsgraph: ingest is not built yet");
        return 1;
    }
}
