package dev.newsgraph.cli;

import dev.newsgraph.model.Article;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code extract}: the cleaned article alone, no analysis. */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = "Print each input's cleaned article (title, text, published, url, source, removed).")
public final class ExtractCommand implements Callable<Integer> {
    @Option(names = "--published", paramLabel = "DATE", description = "ISO 8601 date for inputs that carry none.")
    String published;

    @Option(names = "--format", defaultValue = "json", description = "json, jsonl or text (default ${DEFAULT-VALUE}).")
    OutputFormat format;

    @Parameters(arity = "1..*", paramLabel = "INPUT", description = "Files to read; - for standard input.")
    List<String> inputs;

    @Override
    public Integer call() {
        Inputs in = new Inputs();
        boolean several = inputs.size() > 1 || inputs.stream().anyMatch(i -> i.endsWith(".jsonl"));
        try (RecordPrinter printer = new RecordPrinter(System.out, format, several)) {
            in.each(inputs, published, r -> printer.print(r.article(), format == OutputFormat.text ? text(r.article()) : null));
        }
        return in.bad() > 0 ? ExitCodes.BAD_INPUT : ExitCodes.DONE;
    }

    private static String text(Article a) {
        StringBuilder b = new StringBuilder();
        if (a.title() != null) {
            b.append(a.title()).append("\n\n");
        }
        b.append(a.text()).append('\n');
        return b.toString();
    }
}
