package dev.newsgraph.cli;

import dev.newsgraph.analysis.Analyzer;
import dev.newsgraph.model.StoryRecord;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code analyze}: one record per input article. */
@Command(name = "analyze", mixinStandardHelpOptions = true,
        description = "Analyse articles (text, JSON Lines, HTML, feeds, WARC) into story records.")
public final class AnalyzeCommand implements Callable<Integer> {
    @Option(names = "--published", paramLabel = "DATE",
            description = "ISO 8601 date that anchors relative times where the input carries no date of its own.")
    String published;

    @Option(names = "--format", defaultValue = "json", description = "json, jsonl or text (default ${DEFAULT-VALUE}).")
    OutputFormat format;

    @Parameters(arity = "1..*", paramLabel = "INPUT", description = "Files to analyse; - for standard input.")
    List<String> inputs;

    @Override
    public Integer call() {
        if (published != null && !Dates.isIsoDate(published)) {
            System.err.println("newsgraph: --published: not an ISO 8601 date: " + published);
            return ExitCodes.USAGE;
        }
        Inputs in = new Inputs();
        boolean several = inputs.size() > 1 || inputs.stream().anyMatch(i -> i.endsWith(".jsonl"));
        try (RecordPrinter printer = new RecordPrinter(System.out, format, several)) {
            in.each(inputs, published, r -> {
                StoryRecord rec;
                try {
                    rec = Analyzer.shared().analyze(r.article());
                } catch (RuntimeException e) {
                    in.report(r.origin() + ": analysis failed (" + e + ")");
                    return;
                }
                printer.print(rec, format == OutputFormat.text ? TextSummary.of(rec) : null);
            });
        }
        return in.bad() > 0 ? ExitCodes.BAD_INPUT : ExitCodes.DONE;
    }
}
