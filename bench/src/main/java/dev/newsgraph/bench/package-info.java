/**
 * Measuring tools behind {@code ./newsgraph bench}: throughput per core, cold start, peak heap and
 * RSS of the newsgraph pipeline, and the same figures for Stanford CoreNLP's default English
 * pipeline measured in the same run ({@link dev.newsgraph.bench.CoreNlpBaseline}).
 */
package dev.newsgraph.bench;
