package dev.newsgraph.bench;

import dev.newsgraph.analysis.Analyzer;
import dev.newsgraph.analysis.document.Stage;
import dev.newsgraph.model.Article;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Times the newsgraph pipeline on one thread: builds it (model loading), analyses the warm-up
 * articles untimed, then times the rest article by article, with the Analyzer's own per-stage
 * timings. Run it in a JVM of its own or first: its heap figures are those of this process.
 */
public final class PipelineMeter {
    private PipelineMeter() {
    }

    /**
     * @param warmup   articles analysed before timing (taken from the front of {@code articles}, cycling when short)
     * @param articles the articles timed
     */
    public static PipelineFigures measure(List<Article> warmupArticles, List<Article> articles) {
        MemoryProbe.reset();
        long t0 = System.nanoTime();
        Analyzer analyzer = Analyzer.create();
        double load = (System.nanoTime() - t0) / 1e9;
        for (Article a : warmupArticles) {
            analyzer.analyze(a);
        }
        Map<String, Long> nanos = new LinkedHashMap<>();
        for (Stage s : analyzer.stages()) {
            nanos.put(s.name(), 0L);
        }
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long chars = 0;
        long cpu0 = threads.getCurrentThreadCpuTime();
        long gc0 = MemoryProbe.gcMillis();
        long wall0 = System.nanoTime();
        for (Article a : articles) {
            analyzer.analyze(a, nanos);
            chars += a.text().length();
        }
        double wall = (System.nanoTime() - wall0) / 1e9;
        // the analysing thread's CPU time plus the collectors' (SerialGC runs them on a thread of its own)
        double cpu = (threads.getCurrentThreadCpuTime() - cpu0) / 1e9 + (MemoryProbe.gcMillis() - gc0) / 1e3;
        long peak = MemoryProbe.peakHeap();
        long live = MemoryProbe.liveHeap();
        // each stage, followed by its parts ("linguistics/ner") where it times them
        Map<String, Double> perArticle = new LinkedHashMap<>();
        for (Stage s : analyzer.stages()) {
            for (Map.Entry<String, Long> e : nanos.entrySet()) {
                if (e.getKey().equals(s.name()) || e.getKey().startsWith(s.name() + "/")) {
                    perArticle.put(e.getKey(), articles.isEmpty() ? 0 : e.getValue() / 1e6 / articles.size());
                }
            }
        }
        String settings = String.join(",", analyzer.provenance().stages()) + "; "
                + analyzer.provenance().settings().getOrDefault("corenlp.annotators", "") + "; -Xmx"
                + MemoryProbe.maxHeap() / (1024 * 1024) + "m";
        return new PipelineFigures("newsgraph", settings, articles.size(), warmupArticles.size(), chars, load, wall,
                cpu, peak, live, MemoryProbe.peakRss(), perArticle);
    }
}
