package dev.newsgraph.bench;

import java.util.Map;

/**
 * What one pipeline measured on the same articles.
 *
 * @param pipeline          its name ("newsgraph", "corenlp-default")
 * @param settings          what it ran (annotators, heap limit)
 * @param articles          articles timed after warm-up
 * @param warmup            articles analysed before timing started
 * @param chars             characters in the timed articles
 * @param loadSeconds       time to build the pipeline (models loaded)
 * @param wallSeconds       wall-clock time of the timed articles, one thread
 * @param cpuSeconds        CPU time of the analysing thread over the timed articles, plus the garbage collectors' time
 * @param peakHeapBytes     the largest heap in use (sum of the heap pools' peaks: an upper bound)
 * @param liveHeapBytes     heap in use after a full collection once the articles are done (models and caches)
 * @param peakRssBytes      the process's peak resident set (VmHWM), or -1 where unknown
 * @param stageMillis       milliseconds per article for each stage, in pipeline order
 */
public record PipelineFigures(
        String pipeline,
        String settings,
        int articles,
        int warmup,
        long chars,
        double loadSeconds,
        double wallSeconds,
        double cpuSeconds,
        long peakHeapBytes,
        long liveHeapBytes,
        long peakRssBytes,
        Map<String, Double> stageMillis) {

    public PipelineFigures {
        stageMillis = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(stageMillis));
    }

    /** The same figures with one more stage, {@code name}, first (a step timed outside the pipeline). */
    public PipelineFigures withStageFirst(String name, double millisPerArticle) {
        Map<String, Double> stages = new java.util.LinkedHashMap<>();
        stages.put(name, millisPerArticle);
        stages.putAll(stageMillis);
        return new PipelineFigures(pipeline, settings, articles, warmup, chars, loadSeconds, wallSeconds, cpuSeconds,
                peakHeapBytes, liveHeapBytes, peakRssBytes, stages);
    }

    /** Articles a second on one thread, wall clock. */
    public double articlesPerSecond() {
        return wallSeconds <= 0 ? 0 : articles / wallSeconds;
    }

    /** Articles a second of CPU time of one core (the analysing thread alone). */
    public double articlesPerCpuSecond() {
        return cpuSeconds <= 0 ? 0 : articles / cpuSeconds;
    }

    /** Mean length of a timed article in characters. */
    public double meanChars() {
        return articles == 0 ? 0 : (double) chars / articles;
    }
}
