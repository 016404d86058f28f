package dev.newsgraph.cli.eval;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newsgraph.analysis.Analyzer;
import dev.newsgraph.cli.ExitCodes;
import dev.newsgraph.model.RecordCodec;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code eval}: analyses each gold file's input and prints the scores of the rules in
 * {@code docs/gold-format.md}: a line per article and a TOTAL line, or with
 * {@code --format json} the totals as one JSON object on stdout (the article lines then go to
 * stderr).
 */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = "Analyse each gold file's input and score the records against the gold.")
public final class EvalCommand implements Callable<Integer> {
    /** How eval prints. */
    enum Format {
        text, json
    }

    @Option(names = "--gold-dir", required = true, paramLabel = "DIR", description = "Folder of gold JSON files.")
    Path goldDir;

    @Option(names = "--corpus-root", paramLabel = "DIR",
            description = "Folder the gold files' inputs are relative to (default: the gold folder's parent).")
    Path corpusRoot;

    @Option(names = "--format", defaultValue = "text", description = "text or json (default ${DEFAULT-VALUE}).")
    Format format;

    @Override
    public Integer call() {
        if (!Files.isDirectory(goldDir)) {
            System.err.println("newsgraph: " + goldDir + ": no such folder (--gold-dir)");
            return ExitCodes.BAD_INPUT;
        }
        Path root = corpusRoot != null ? corpusRoot
                : goldDir.toAbsolutePath().normalize().getParent();
        if (root == null || !Files.isDirectory(root)) {
            System.err.println("newsgraph: " + root + ": no such folder (--corpus-root)");
            return ExitCodes.BAD_INPUT;
        }
        Analyzer analyzer = Analyzer.shared();
        ObjectMapper json = RecordCodec.mapper();
        GoldEvaluation evaluation = new GoldEvaluation(a -> {
            try {
                return json.readTree(RecordCodec.toJson(analyzer.analyze(a)));
            } catch (JsonProcessingException e) {
                throw new UncheckedIOException(e);
            }
        });
        PrintStream lines = format == Format.json ? System.err : System.out;
        ScoreReport report;
        try {
            report = evaluation.run(goldDir, root, lines, System.err);
        } catch (IOException e) {
            System.err.println("newsgraph: " + goldDir + ": cannot be read (" + e.getMessage() + ")");
            return ExitCodes.BAD_INPUT;
        }
        lines.println(report.totalLine());
        if (format == Format.json) {
            try {
                System.out.println(new ObjectMapper().writeValueAsString(report.summary()));
            } catch (JsonProcessingException e) {
                throw new UncheckedIOException(e);
            }
        }
        if (report.articles() == 0) {
            System.err.println("newsgraph: " + goldDir + ": no gold files (*.json)");
            return ExitCodes.BAD_INPUT;
        }
        return evaluation.problems() > 0 ? ExitCodes.BAD_INPUT : ExitCodes.DONE;
    }
}
