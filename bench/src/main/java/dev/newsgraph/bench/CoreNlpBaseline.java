package dev.newsgraph.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * The yardstick: Stanford CoreNLP's default English pipeline (tokenize, ssplit, pos, lemma, ner,
 * parse, coref, quote, every setting at CoreNLP's default), timed the same way as newsgraph's on
 * the same texts. The only place outside the analysis seam that uses CoreNLP: it is a measuring
 * tool, not part of the analysis. It needs about 2 GB of heap and some 11 s an article, so the
 * bench runs it in a child JVM of its own ({@code -Xmx3g}) on a few articles.
 */
public final class CoreNlpBaseline {
    /** The annotators of CoreNLP's default English pipeline. */
    public static final String ANNOTATORS = "tokenize,ssplit,pos,lemma,ner,parse,coref,quote";

    private CoreNlpBaseline() {
    }

    /** Builds the default pipeline, annotates the warm-up texts untimed, then times the rest. */
    public static PipelineFigures measure(List<String> warmupTexts, List<String> texts) {
        MemoryProbe.reset();
        long t0 = System.nanoTime();
        Properties p = new Properties();
        p.setProperty("annotators", ANNOTATORS);
        StanfordCoreNLP pipeline = new StanfordCoreNLP(p);
        double load = (System.nanoTime() - t0) / 1e9;
        for (String t : warmupTexts) {
            pipeline.annotate(new Annotation(t));
        }
        Map<String, Double> before = annotatorSeconds(pipeline.timingInformation());
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long chars = 0;
        long cpu0 = threads.getCurrentThreadCpuTime();
        long gc0 = MemoryProbe.gcMillis();
        long wall0 = System.nanoTime();
        for (String t : texts) {
            pipeline.annotate(new Annotation(t));
            chars += t.length();
        }
        double wall = (System.nanoTime() - wall0) / 1e9;
        // the analysing thread's CPU time plus the collectors' (SerialGC runs them on a thread of its own)
        double cpu = (threads.getCurrentThreadCpuTime() - cpu0) / 1e9 + (MemoryProbe.gcMillis() - gc0) / 1e3;
        long peak = MemoryProbe.peakHeap();
        long live = MemoryProbe.liveHeap();
        Map<String, Double> stages = new LinkedHashMap<>();
        for (Map.Entry<String, Double> e : annotatorSeconds(pipeline.timingInformation()).entrySet()) {
            double s = e.getValue() - before.getOrDefault(e.getKey(), 0.0);
            stages.put(e.getKey(), texts.isEmpty() ? 0 : s * 1000 / texts.size());
        }
        return new PipelineFigures("corenlp-default", ANNOTATORS + "; -Xmx" + MemoryProbe.maxHeap() / (1024 * 1024)
                + "m", texts.size(), warmupTexts.size(), chars, load, wall, cpu, peak, live, MemoryProbe.peakRss(),
                stages);
    }

    /**
     * Seconds per annotator from CoreNLP's timing report ({@code "TokenizerAnnotator: 0.1 sec."}
     * lines, a tenth of a second apart), in pipeline order, the total left out.
     */
    static Map<String, Double> annotatorSeconds(String timing) {
        Map<String, Double> out = new LinkedHashMap<>();
        for (String line : timing.split("\\R")) {
            int colon = line.indexOf(": ");
            if (colon < 0 || !line.endsWith(" sec.") || line.startsWith("TOTAL")) {
                continue;
            }
            String name = line.substring(0, colon).trim().replaceFirst("Annotator$", "").toLowerCase(java.util.Locale.ROOT);
            try {
                out.merge(name, Double.parseDouble(line.substring(colon + 2, line.length() - 5).trim()), Double::sum);
            } catch (NumberFormatException e) {
                // a line of another shape: not a timing
            }
        }
        return out;
    }

    /**
     * Child-JVM entry: {@code CoreNlpBaseline TEXTS.jsonl WARMUP}; the file holds one
     * {@code {"text": ...}} object a line, the first WARMUP of them warm up. Prints the figures as
     * one JSON line on stdout.
     */
    public static void main(String[] args) throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<String> all = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of(args[0]), StandardCharsets.UTF_8)) {
            if (!line.isBlank()) {
                JsonNode n = json.readTree(line);
                all.add(n.get("text").asText());
            }
        }
        int warmup = Math.min(Integer.parseInt(args[1]), all.size());
        PipelineFigures f = measure(all.subList(0, warmup), all.subList(warmup, all.size()));
        System.out.println(BenchReport.figuresJson(f).toString());
        System.out.flush();
    }
}
