package dev.newsgraph.cli;

import dev.newsgraph.analysis.Analyzer;

/**
 * The one analyzer of this process, built on first use: models load only when an article is
 * there to analyse (a bad input fails at once), and only once however many verbs run.
 */
public final class SharedAnalyzer {
    private static volatile Analyzer analyzer;

    private SharedAnalyzer() {
    }

    public static Analyzer get() {
        Analyzer a = analyzer;
        if (a == null) {
            synchronized (SharedAnalyzer.class) {
                a = analyzer;
                if (a == null) {
                    a = Analyzer.create();
                    analyzer = a;
                }
            }
        }
        return a;
    }
}
