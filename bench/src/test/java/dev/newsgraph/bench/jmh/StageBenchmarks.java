package dev.newsgraph.bench.jmh;

import dev.newsgraph.analysis.Analyzer;
import dev.newsgraph.analysis.document.Document;
import dev.newsgraph.analysis.document.Stage;
import dev.newsgraph.model.Article;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Time per article of each analysis stage alone, on a news article written for the purpose (about
 * 2.5 kB; {@link BenchArticle}). Each stage runs on a fresh document holding the layers of the
 * stages before it, copied from one full analysis made in the set-up, so a stage's figure holds
 * no other stage's work. CoreNLP's share is {@link ParseBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 1, jvmArgs = {"-Xmx1g", "-XX:+UseSerialGC", "-Xmn64m", "-Xss4m"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class StageBenchmarks {
    private Analyzer analyzer;
    private Article article;
    private LocalDate anchor;
    private Document full;

    @Setup
    public void setUp() {
        analyzer = Analyzer.create();
        article = BenchArticle.article();
        anchor = LocalDate.parse(article.published().substring(0, 10));
        full = new Document(article, anchor);
        for (Stage s : analyzer.stages()) {
            s.apply(full);
        }
    }

    @Benchmark
    public Document times() {
        return run("times");
    }

    @Benchmark
    public Document quantities() {
        return run("quantities");
    }

    @Benchmark
    public Document entities() {
        return run("entities");
    }

    @Benchmark
    public Document places() {
        return run("places");
    }

    @Benchmark
    public Document quotes() {
        return run("quotes");
    }

    @Benchmark
    public Document events() {
        return run("events");
    }

    @Benchmark
    public Object wholeRecord() {
        return analyzer.analyze(article);
    }

    /** A fresh document with the layers of the stages before {@code stage}, then that stage. */
    private Document run(String stage) {
        Document d = new Document(article, anchor);
        for (Stage s : analyzer.stages()) {
            if (s.name().equals(stage)) {
                s.apply(d);
                return d;
            }
            copyLayer(s.name(), d);
        }
        throw new IllegalArgumentException("no stage " + stage);
    }

    private void copyLayer(String stage, Document d) {
        switch (stage) {
            case "linguistics" -> d.setSentences(full.sentences());
            case "times" -> d.setTimes(full.times());
            case "quantities" -> d.setQuantities(full.quantities());
            case "entities" -> d.setEntities(full.entities());
            case "places" -> d.setPlaces(full.places());
            case "quotes" -> d.setQuotes(full.quotes());
            case "events" -> d.setEvents(full.events());
            default -> throw new IllegalStateException("unknown stage " + stage + ": teach StageBenchmarks its layer");
        }
    }
}
