package dev.newsgraph.cli.eval;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** Placeholder until the scorer lands. */
@Command(name = "eval", description = "Not built yet.")
public final class EvalCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        System.err.println("newsgraph: eval is not built yet");
        return 1;
    }
}
