package dev.newsgraph.cli.store;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** Placeholder until the store lands. */
@Command(name = "search", description = "Not built yet.")
public final class SearchCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        System.err.println("newsgraph: search is not built yet");
        return 1;
    }
}
