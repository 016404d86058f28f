package dev.newsgraph.cli;

import dev.newsgraph.cli.eval.EvalCommand;
import dev.newsgraph.cli.store.ExportCommand;
import dev.newsgraph.cli.store.IngestCommand;
import dev.newsgraph.cli.store.QueryCommand;
import dev.newsgraph.cli.store.SearchCommand;
import dev.newsgraph.cli.store.WatchCommand;
import dev.newsgraph.model.Version;
import dev.newsgraph.store.Secrets;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code newsgraph} command: the verbs of the command-line contract. */
@Command(name = "newsgraph", mixinStandardHelpOptions = true, versionProvider = Newsgraph.VersionProvider.class,
        description = "Turns news articles into story records: entities, quotes, events, times, amounts.",
        subcommands = {AnalyzeCommand.class, ExtractCommand.class, EvalCommand.class, IngestCommand.class, WatchCommand.class,
                QueryCommand.class, SearchCommand.class, ExportCommand.class, ServeCommand.class, BenchCommand.class, CommandLine.HelpCommand.class})
public final class Newsgraph implements Runnable {

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command line and returns its exit code (for tests). */
    public static int run(String... args) {
        MaskedLogs.install();
        CommandLine cl = new CommandLine(new Newsgraph());
        // a mistyped flag is echoed with its neighbours, a --db URL among them: every message is masked
        cl.setParameterExceptionHandler((ex, a) -> {
            System.err.println("newsgraph: " + Secrets.mask(ex.getMessage()));
            System.err.println("Try 'newsgraph " + String.join(" ", ex.getCommandLine().getCommandSpec().qualifiedName()
                    .replaceFirst("^newsgraph ?", "")) + " --help'.");
            return ExitCodes.USAGE;
        });
        cl.setExecutionExceptionHandler((ex, c, parse) -> {
            System.err.println("newsgraph: " + (ex.getMessage() == null ? ex.getClass().getSimpleName() : Secrets.mask(ex.getMessage())));
            return ExitCodes.FAILED;
        });
        return cl.execute(args);
    }

    @Override
    public void run() {
        CommandLine.usage(this, System.err);
    }

    /** Prints the build's version. */
    static final class VersionProvider implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"newsgraph " + Version.current()};
        }
    }
}
