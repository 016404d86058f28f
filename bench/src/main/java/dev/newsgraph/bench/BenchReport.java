package dev.newsgraph.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The figures of one bench run, as a table for people and as JSON for scripts.
 *
 * @param newsgraph the newsgraph pipeline's figures
 * @param baseline  CoreNLP's default pipeline on the first of the same articles, or null when not asked for
 * @param coldStart time to first record from a new JVM, or null when not measured
 * @param notes     what a reader must know to read the figures (sample sizes, reused warm-up)
 */
public record BenchReport(PipelineFigures newsgraph, PipelineFigures baseline, ColdStart coldStart, List<String> notes) {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    public BenchReport {
        notes = List.copyOf(notes);
    }

    /** newsgraph's articles a second over the baseline's, or NaN without a baseline. */
    public double ratio() {
        return baseline == null || baseline.articlesPerSecond() == 0 ? Double.NaN
                : newsgraph.articlesPerSecond() / baseline.articlesPerSecond();
    }

    /** The same ratio per CPU-second of the analysing thread: the per-core ratio, least disturbed by other load. */
    public double cpuRatio() {
        return baseline == null || baseline.articlesPerCpuSecond() == 0 ? Double.NaN
                : newsgraph.articlesPerCpuSecond() / baseline.articlesPerCpuSecond();
    }

    /** The same ratio for characters a second: fair where the two measured articles of different lengths. */
    public double charRatio() {
        if (baseline == null || baseline.wallSeconds() == 0 || newsgraph.wallSeconds() == 0) {
            return Double.NaN;
        }
        return (newsgraph.chars() / newsgraph.wallSeconds()) / (baseline.chars() / baseline.wallSeconds());
    }

    public String toJson() {
        ObjectNode root = JSON.createObjectNode();
        root.set("newsgraph", figuresJson(newsgraph));
        if (baseline != null) {
            root.set("baseline", figuresJson(baseline));
            root.put("ratio_articles_per_second", round(ratio()));
            root.put("ratio_articles_per_cpu_second", round(cpuRatio()));
            root.put("ratio_chars_per_second", round(charRatio()));
        }
        if (coldStart != null) {
            ObjectNode c = root.putObject("cold_start");
            c.put("seconds_to_first_record", round(coldStart.seconds()));
            c.put("jvm_uptime_seconds", round(coldStart.jvmUptimeSeconds()));
        }
        root.putArray("notes").addAll(notes.stream().map(JSON.getNodeFactory()::textNode).toList());
        try {
            return JSON.writeValueAsString(root);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    public String toTable() {
        StringBuilder b = new StringBuilder();
        List<PipelineFigures> cols = new ArrayList<>();
        cols.add(newsgraph);
        if (baseline != null) {
            cols.add(baseline);
        }
        row(b, "", cols.stream().map(PipelineFigures::pipeline).toList());
        row(b, "articles timed (warm-up)", cols.stream().map(f -> f.articles() + " (" + f.warmup() + ")").toList());
        row(b, "mean article length, chars", cols.stream().map(f -> fmt("%.0f", f.meanChars())).toList());
        row(b, "articles/s, one thread (wall)", cols.stream().map(f -> fmt("%.3f", f.articlesPerSecond())).toList());
        row(b, "articles/s per CPU-second", cols.stream().map(f -> fmt("%.3f", f.articlesPerCpuSecond())).toList());
        row(b, "ms/article (wall)", cols.stream().map(f -> fmt("%.1f", f.articles() == 0 ? 0
                : f.wallSeconds() * 1000 / f.articles())).toList());
        row(b, "pipeline build (model load), s", cols.stream().map(f -> fmt("%.1f", f.loadSeconds())).toList());
        row(b, "peak heap, MB (pool peaks)", cols.stream().map(f -> mb(f.peakHeapBytes())).toList());
        row(b, "live heap after GC, MB", cols.stream().map(f -> mb(f.liveHeapBytes())).toList());
        row(b, "peak RSS (VmHWM), MB", cols.stream().map(f -> mb(f.peakRssBytes())).toList());
        for (PipelineFigures f : cols) {
            b.append('\n').append(f.pipeline()).append(" per stage, ms/article (").append(f.settings()).append(")\n");
            for (Map.Entry<String, Double> e : f.stageMillis().entrySet()) {
                String k = e.getKey();
                String label = k.contains("/") ? "    " + k.substring(k.indexOf('/') + 1) : k;
                b.append(String.format(Locale.ROOT, "  %-26s %10.1f%n", label, e.getValue()));
            }
        }
        b.append('\n');
        if (baseline != null) {
            b.append(String.format(Locale.ROOT, "speed-up over CoreNLP's default pipeline: %.1fx articles/s (wall), %.1fx articles per "
                    + "CPU-second, %.1fx chars/s (wall)%n", ratio(), cpuRatio(), charRatio()));
        }
        if (coldStart != null) {
            b.append(String.format(Locale.ROOT, "cold start to first record: %.2f s (JVM uptime at the record %.2f s)%n",
                    coldStart.seconds(), coldStart.jvmUptimeSeconds()));
        }
        for (String n : notes) {
            b.append("note: ").append(n).append('\n');
        }
        return b.toString();
    }

    private static void row(StringBuilder b, String label, List<String> values) {
        b.append(String.format(Locale.ROOT, "%-34s", label));
        for (String v : values) {
            b.append(String.format(Locale.ROOT, "%18s", v));
        }
        b.append('\n');
    }

    private static String mb(long bytes) {
        return bytes < 0 ? "n/a" : Long.toString(bytes / (1024 * 1024));
    }

    private static String fmt(String pattern, double v) {
        return String.format(Locale.ROOT, pattern, v);
    }

    private static double round(double v) {
        return Double.isFinite(v) ? Math.round(v * 1000) / 1000.0 : v;
    }

    /** One pipeline's figures as JSON (the bench's own shape; also how a child JVM hands them back). */
    static ObjectNode figuresJson(PipelineFigures f) {
        ObjectNode n = JSON.createObjectNode();
        n.put("pipeline", f.pipeline());
        n.put("settings", f.settings());
        n.put("articles", f.articles());
        n.put("warmup", f.warmup());
        n.put("chars", f.chars());
        n.put("load_seconds", round(f.loadSeconds()));
        n.put("wall_seconds", round(f.wallSeconds()));
        n.put("cpu_seconds", round(f.cpuSeconds()));
        n.put("articles_per_second", round(f.articlesPerSecond()));
        n.put("articles_per_cpu_second", round(f.articlesPerCpuSecond()));
        n.put("peak_heap_bytes", f.peakHeapBytes());
        n.put("live_heap_bytes", f.liveHeapBytes());
        n.put("peak_rss_bytes", f.peakRssBytes());
        ObjectNode s = n.putObject("stage_ms_per_article");
        f.stageMillis().forEach((k, v) -> s.put(k, round(v)));
        return n;
    }

    /** Reads back what {@link #figuresJson} wrote. */
    static PipelineFigures figuresFromJson(JsonNode n) {
        Map<String, Double> stages = new LinkedHashMap<>();
        Iterator<Map.Entry<String, JsonNode>> it = n.get("stage_ms_per_article").fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            stages.put(e.getKey(), e.getValue().asDouble());
        }
        return new PipelineFigures(n.get("pipeline").asText(), n.get("settings").asText(), n.get("articles").asInt(),
                n.get("warmup").asInt(), n.get("chars").asLong(), n.get("load_seconds").asDouble(),
                n.get("wall_seconds").asDouble(), n.get("cpu_seconds").asDouble(), n.get("peak_heap_bytes").asLong(),
                n.get("live_heap_bytes").asLong(), n.get("peak_rss_bytes").asLong(), stages);
    }

    static JsonNode parse(String json) throws java.io.IOException {
        return JSON.readTree(json);
    }
}
