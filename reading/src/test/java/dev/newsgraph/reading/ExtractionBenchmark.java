package dev.newsgraph.reading;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Extraction speed and accuracy on the development set, run by hand (not a test):
 * {@code java -Dnewsgraph.devdata=DIR -cp ... dev.newsgraph.reading.ExtractionBenchmark [rounds] [predictions.json]}.
 * Prints pages/s on one thread, by the wall clock and by the thread's CPU time (the figure that
 * holds on a busy machine): charset, parse, metadata, extraction, language, per page;
 * the shingle F1, and the weakest pages.
 */
public final class ExtractionBenchmark {
    private ExtractionBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        List<DevSet.Page> pages = DevSet.load();
        HtmlArticles html = HtmlArticles.create();
        String only = System.getProperty("page");
        if (only != null) {
            for (DevSet.Page p : pages) {
                if (p.id().startsWith(only)) {
                    HtmlArticles.Page page = html.read(p.html(), null, null, null);
                    System.out.println(page.metadata());
                    page.article().removed().forEach(r -> System.out.println("REMOVED " + r.reason() + ": "
                            + r.text().substring(0, Math.min(150, r.text().length()))));
                    System.out.println("TEXT (" + page.method() + "):\n" + page.article().text());
                    System.out.println("TRUTH:\n" + p.truth());
                }
            }
            return;
        }
        ShingleScore score = new ShingleScore();
        ObjectNode predictions = new ObjectMapper().createObjectNode();
        List<String[]> weakest = new ArrayList<>();
        int dated = 0;
        java.util.Map<String, Integer> languages = new java.util.TreeMap<>();
        for (DevSet.Page p : pages) {
            HtmlArticles.Page page = html.read(p.html(), null, null, null);
            String text = page.article().text();
            if (page.article().published() != null) {
                dated++;
            }
            languages.merge(String.valueOf(page.article().language()), 1, Integer::sum);
            ObjectNode pred = predictions.putObject(p.id()).put("articleBody", text)
                    .put("published", page.article().published());
            var removedList = pred.putArray("removed");
            page.article().removed().forEach(r -> removedList.addObject().put("reason", r.reason().code())
                    .put("text", r.text()));
            double[] r = score.add(p.truth(), text);
            weakest.add(new String[]{String.format("%.3f", r[0]), p.id().substring(0, 12),
                String.format("extra %.2f missed %.2f %s", r[1], r[2], page.method())});
        }
        System.out.printf("pages %d | precision %.4f | recall %.4f | F1 %.4f%n", pages.size(), score.precision(),
                score.recall(), score.f1());
        System.out.println("dated " + dated + "/" + pages.size() + "; languages " + languages);
        weakest.sort(Comparator.comparing(a -> a[0]));
        for (int i = 0; i < Math.min(Integer.getInteger("weakest", 15), weakest.size()); i++) {
            System.out.println("  weakest " + String.join(" ", weakest.get(i)));
        }
        if (args.length > 1) {
            Files.writeString(Path.of(args[1]), new ObjectMapper().writerWithDefaultPrettyPrinter()
                    .writeValueAsString(predictions));
        }
        long bytes = 0;
        for (DevSet.Page p : pages) {
            bytes += p.html().length;
        }
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        for (int round = 0; round < rounds; round++) {
            long t0 = System.nanoTime();
            long c0 = threads.getCurrentThreadCpuTime();
            for (DevSet.Page p : pages) {
                html.read(p.html(), null, null, null);
            }
            double s = (System.nanoTime() - t0) / 1e9;
            double cpu = (threads.getCurrentThreadCpuTime() - c0) / 1e9;
            System.out.printf("round %d: %.1f pages/s wall, %.1f pages per CPU-second (one thread), %.1f MB/s%n",
                    round, pages.size() / s, pages.size() / cpu, bytes / cpu / 1e6);
        }
    }
}
