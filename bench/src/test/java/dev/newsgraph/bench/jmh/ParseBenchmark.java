package dev.newsgraph.bench.jmh;

import dev.newsgraph.analysis.linguistics.CoreNlpParser;
import dev.newsgraph.analysis.document.Sentence;
import java.util.List;
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

/** CoreNLP's share of an article: {@link CoreNlpParser#parse} (tokenize, tag, lemma, NER, dependency parse). */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgs = {"-Xmx1g", "-XX:+UseSerialGC", "-Xmn64m", "-Xss4m"})
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
public class ParseBenchmark {
    private CoreNlpParser parser;
    private String text;

    @Setup
    public void setUp() {
        parser = new CoreNlpParser(CoreNlpParser.Settings.defaults());
        text = BenchArticle.TEXT;
    }

    @Benchmark
    public List<Sentence> parse() {
        return parser.parse(text);
    }
}
