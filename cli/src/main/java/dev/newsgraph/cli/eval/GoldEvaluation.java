package dev.newsgraph.cli.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.newsgraph.model.Article;
import dev.newsgraph.reading.BadInputException;
import dev.newsgraph.reading.InputReader;
import dev.newsgraph.reading.ReadResult;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Runs a gold folder: for each gold file (in name order) its input is read, analysed with the
 * gold's publication date, and the record scored; each article's lines go to a stream as they
 * come, the totals to the returned report. An input that cannot be read or analysed is scored as
 * an empty record, like the reference scorer does with a missing record, and counted as a problem.
 */
public final class GoldEvaluation {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final Function<Article, JsonNode> analysis;
    private final InputReader reader = new InputReader();
    private final GoldScorer scorer = new GoldScorer();
    private int problems;

    /** @param analysis an article to its record, as JSON */
    public GoldEvaluation(Function<Article, JsonNode> analysis) {
        this.analysis = analysis;
    }

    /** The number of gold files or inputs that could not be used. */
    public int problems() {
        return problems;
    }

    public ScoreReport run(Path goldDir, Path corpusRoot, PrintStream lines, PrintStream messages) throws IOException {
        List<Path> golds;
        try (Stream<Path> s = Files.list(goldDir)) {
            golds = s.filter(p -> p.getFileName().toString().endsWith(".json") && Files.isRegularFile(p))
                    .sorted((a, b) -> a.getFileName().toString().compareTo(b.getFileName().toString())).toList();
        }
        ScoreReport report = new ScoreReport();
        for (Path g : golds) {
            String file = g.getFileName().toString();
            String name = file.substring(0, file.length() - ".json".length());
            JsonNode gold;
            try {
                gold = JSON.readTree(g.toFile());
            } catch (IOException e) {
                problems++;
                messages.println("newsgraph: " + g + ": not a gold file (not JSON)");
                continue;
            }
            if (gold == null || !gold.isObject() || Json.text(gold, "input") == null) {
                problems++;
                messages.println("newsgraph: " + g + ": not a gold file (no \"input\")");
                continue;
            }
            JsonNode record;
            try {
                record = analyse(corpusRoot.resolve(Json.text(gold, "input")), Json.text(gold, "published"));
            } catch (BadInputException | RuntimeException e) {
                problems++;
                lines.println(name + ": no usable record (" + oneLine(e) + ")");
                record = emptyRecord();
            }
            ArticleScore score = scorer.score(gold, record);
            report.add(score);
            lines.println(ScoreReport.lines(name, score));
        }
        return report;
    }

    private JsonNode analyse(Path input, String published) throws BadInputException {
        Optional<ReadResult> first;
        try (Stream<ReadResult> items = reader.read(input, published)) {
            first = items.findFirst();
        } catch (UncheckedIOException e) {
            throw new BadInputException(input.toString(), "cannot be read (" + e.getCause().getMessage() + ")");
        }
        if (first.isEmpty()) {
            throw new BadInputException(input.toString(), "holds no article");
        }
        if (!first.get().ok()) {
            throw new BadInputException(first.get().origin(), first.get().error());
        }
        Article article = first.get().article();
        if (published != null) {
            article = article.withPublished(published);
        }
        return analysis.apply(article);
    }

    private static JsonNode emptyRecord() {
        ObjectNode r = JsonNodeFactory.instance.objectNode();
        r.putObject("article");
        for (String k : List.of("entities", "quotes", "events", "times", "quantities")) {
            r.putArray(k);
        }
        return r;
    }

    private static String oneLine(Exception e) {
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        int nl = m.indexOf('\n');
        return nl < 0 ? m : m.substring(0, nl);
    }
}
