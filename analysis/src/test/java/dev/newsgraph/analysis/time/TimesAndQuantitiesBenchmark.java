package dev.newsgraph.analysis.time;

import dev.newsgraph.analysis.document.Document;
import dev.newsgraph.analysis.linguistics.CoreNlpParser;
import dev.newsgraph.analysis.linguistics.LinguisticStage;
import dev.newsgraph.analysis.document.Sentence;
import dev.newsgraph.analysis.quantity.QuantityReader;
import dev.newsgraph.model.Article;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/**
 * Times the two stages (not CoreNLP) on one article, in CPU time of the thread (wall time is also
 * printed; on a loaded machine it runs far above): the sentences are made once, then both stages
 * run many times over them. A plain main, not a test. From the analysis module directory:
 * {@code java -cp target/classes:target/test-classes:$(cat cp.txt) dev.newsgraph.analysis.time.TimesAndQuantitiesBenchmark [file] [yyyy-mm-dd]}
 */
public final class TimesAndQuantitiesBenchmark {
    private TimesAndQuantitiesBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args.length > 0 ? args[0] : "../examples/seed-witkoff-putin.txt");
        LocalDate anchor = LocalDate.parse(args.length > 1 ? args[1] : "2025-04-11");
        String text = Files.readString(file, StandardCharsets.UTF_8);
        Article article = new Article("bench", null, null, null, anchor.toString(), "en", text, List.of());
        Document parsed = new Document(article, anchor);
        new LinguisticStage(new CoreNlpParser(CoreNlpParser.Settings.defaults())).apply(parsed);
        List<Sentence> sentences = parsed.sentences();
        TimeAnchor times = TimeAnchor.create();
        QuantityReader quantities = QuantityReader.create();
        java.lang.management.ThreadMXBean cpu = java.lang.management.ManagementFactory.getThreadMXBean();
        int found = 0;
        for (int round = 0; round < 3; round++) {
            int n = round == 0 ? 500 : 2000;
            long t0 = System.nanoTime();
            long c0 = cpu.getCurrentThreadCpuTime();
            long tTimes = 0;
            for (int i = 0; i < n; i++) {
                Document doc = new Document(article, anchor);
                doc.setSentences(sentences);
                long a = cpu.getCurrentThreadCpuTime();
                times.apply(doc);
                tTimes += cpu.getCurrentThreadCpuTime() - a;
                quantities.apply(doc);
                found += doc.times().size() + doc.quantities().size();
            }
            double ms = (System.nanoTime() - t0) / 1e6 / n;
            double cpuMs = (cpu.getCurrentThreadCpuTime() - c0) / 1e6 / n;
            System.out.printf("%s (%d chars): times + quantities %.3f ms CPU an article (times %.3f ms CPU; wall %.3f ms), %s%n",
                    file.getFileName(), text.length(), cpuMs, tTimes / 1e6 / n, ms, round == 0 ? "warm-up" : "measured");
        }
        System.out.println("(" + found + " items found in all)");
    }
}
