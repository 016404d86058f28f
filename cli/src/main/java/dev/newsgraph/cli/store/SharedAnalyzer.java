package dev.newsgraph.cli.store;

import dev.newsgraph.analysis.Analyzer;

/**
 * The process's one {@link Analyzer}, loaded on first use (models take seconds), so that an
 * ingest with nothing new to analyse never loads them and every thread shares one.
 */
final class SharedAnalyzer {
    private static Analyzer analyzer;

    private SharedAnalyzer() {
    }

    static synchronized Analyzer get() {
        if (analyzer == null) {
            analyzer = Analyzer.create();
        }
        return analyzer;
    }
}
