package dev.newsgraph.cli.store;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** Placeholder until the store lands. */
@Command(name = "query", description = "Not built yet.")
public final class QueryCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        System.err.println("newsgraph: query is not built yet");
        return 1;
    }
}
