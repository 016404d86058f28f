/**
 * JMH microbenchmarks of the hot analysis stages, each on a document whose earlier layers were
 * built once beforehand; run through {@code org.openjdk.jmh.Main} (see {@code docs/bench.md}), never
 * in {@code mvn test}.
 */
package dev.newsgraph.bench.jmh;
