/**
 * newsgraph on Apache Spark: {@link dev.newsgraph.spark.BatchJob} reads inputs, analyses them on the
 * executors with one {@link dev.newsgraph.analysis.Analyzer} per executor JVM, writes the records as
 * JSON Lines and Parquet, and groups duplicates and entities across articles as Spark aggregations.
 */
package dev.newsgraph.spark;
