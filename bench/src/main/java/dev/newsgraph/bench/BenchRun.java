package dev.newsgraph.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newsgraph.analysis.linguistics.CoreNlpParser;
import dev.newsgraph.model.Article;
import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One bench run: newsgraph's pipeline in this JVM on the articles, the cold start in a new JVM,
 * and (when asked) CoreNLP's default pipeline in a JVM of its own ({@code -Xmx3g}) on the first
 * few of the same articles.
 *
 * @param warmup            articles analysed untimed first
 * @param articles          articles timed (at most)
 * @param baseline          whether to measure CoreNLP's default pipeline too
 * @param baselineArticles  articles the baseline times (it takes some 11 s each)
 * @param coldStartInput    the input the cold start reads its first article from, or null to skip it
 */
public record BenchRun(int warmup, int articles, boolean baseline, int baselineArticles, Path coldStartInput) {

    /** The baseline's JVM: CoreNLP's default pipeline needs more than 1.5 GB of heap. */
    public static final List<String> BASELINE_OPTIONS = List.of("-Xmx3g", "-XX:+UseSerialGC", "-Xss4m");

    public BenchReport run(List<Article> read, PrintStream progress) throws IOException, InterruptedException {
        return run(read, Double.NaN, progress);
    }

    /**
     * @param readMillis milliseconds per article it took to read the articles (charset, HTML extraction,
     *                   cleaning), shown as the first stage; NaN where not measured
     */
    public BenchReport run(List<Article> read, double readMillis, PrintStream progress) throws IOException, InterruptedException {
        if (read.isEmpty()) {
            throw new IllegalArgumentException("no articles to measure");
        }
        List<String> notes = new ArrayList<>();
        List<Article> warm;
        List<Article> timed;
        if (read.size() >= warmup + 1) {
            warm = read.subList(0, warmup);
            timed = read.subList(warmup, Math.min(read.size(), warmup + articles));
        } else {
            warm = read.subList(0, Math.min(warmup, read.size()));
            timed = read.subList(0, Math.min(read.size(), articles));
            notes.add("too few articles for a separate warm-up: the " + warm.size()
                    + " warm-up articles are among the timed ones");
        }
        progress.printf("newsgraph bench: newsgraph pipeline, %d warm-up and %d timed articles...%n", warm.size(),
                timed.size());
        PipelineFigures ours = PipelineMeter.measure(warm, timed);
        if (!Double.isNaN(readMillis)) {
            ours = ours.withStageFirst("reading", readMillis);
        }
        ColdStart cold = null;
        if (coldStartInput != null) {
            progress.println("newsgraph bench: cold start to first record (a new JVM)...");
            cold = ColdStart.measure(coldStartInput);
        }
        PipelineFigures base = null;
        if (baseline) {
            List<Article> baseTimed = timed.subList(0, Math.min(baselineArticles, timed.size()));
            List<Article> baseWarm = warm.isEmpty() ? List.of() : warm.subList(0, 1);
            progress.printf("newsgraph bench: CoreNLP's default pipeline (%s), %d warm-up and %d timed articles "
                    + "(about 11 s each after some 30 s of model loading)...%n", CoreNlpBaseline.ANNOTATORS,
                    baseWarm.size(), baseTimed.size());
            base = baselineInChild(baseWarm, baseTimed);
            notes.add("the CoreNLP baseline was timed on the first " + baseTimed.size() + " of the "
                    + timed.size() + " timed articles only (it takes some 11 s an article); the ratio of chars/s "
                    + "corrects for their length");
        }
        notes.add("one thread; JVM " + System.getProperty("java.version") + ", "
                + Runtime.getRuntime().availableProcessors() + " processors visible; other load on the machine "
                + "slows the wall-clock figures, the CPU-second figures less so");
        notes.add("parser products: " + CoreNlpParser.productKernel() + " (NEWSGRAPH_VECTOR=1 for the vector API's; "
                + "the same parses whichever)");
        return new BenchReport(ours, base, cold, notes);
    }

    private static PipelineFigures baselineInChild(List<Article> warm, List<Article> timed)
            throws IOException, InterruptedException {
        ObjectMapper json = new ObjectMapper();
        Path texts = Files.createTempFile("newsgraph-bench-baseline", ".jsonl");
        File err = File.createTempFile("newsgraph-bench-baseline", ".err");
        try {
            try (Writer w = Files.newBufferedWriter(texts, StandardCharsets.UTF_8)) {
                for (Article a : warm) {
                    w.write(json.writeValueAsString(Map.of("text", a.text())) + "\n");
                }
                for (Article a : timed) {
                    w.write(json.writeValueAsString(Map.of("text", a.text())) + "\n");
                }
            }
            Process p = new ChildJvm(BASELINE_OPTIONS, CoreNlpBaseline.class,
                    List.of(texts.toString(), Integer.toString(warm.size()))).start(err);
            String result = null;
            try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line; (line = r.readLine()) != null; ) {
                    if (line.startsWith("{")) {
                        result = line;
                    }
                }
            }
            int rc = p.waitFor();
            if (rc != 0 || result == null) {
                throw new IOException("the CoreNLP baseline JVM failed (exit " + rc + "): " + ChildJvm.tail(err));
            }
            return BenchReport.figuresFromJson(BenchReport.parse(result));
        } finally {
            Files.deleteIfExists(texts);
            Files.deleteIfExists(err.toPath());
        }
    }
}
