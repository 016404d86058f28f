package dev.newsgraph.spark;

import dev.newsgraph.analysis.Analyzer;
import dev.newsgraph.reading.InputReader;

/**
 * The one Analyzer (and reader) of an executor JVM, built by the first task that needs it and
 * shared by every task thread after it (the Analyzer is thread-safe): models load once per
 * executor, never per record or per partition, and never travel from the driver.
 */
final class ExecutorAnalyzer {
    private static volatile Analyzer analyzer;
    private static final InputReader READER = new InputReader();

    private ExecutorAnalyzer() {
    }

    static Analyzer get() {
        Analyzer a = analyzer;
        if (a == null) {
            synchronized (ExecutorAnalyzer.class) {
                a = analyzer;
                if (a == null) {
                    a = Analyzer.create();
                    analyzer = a;
                }
            }
        }
        return a;
    }

    static InputReader reader() {
        return READER;
    }
}
