/**
 * The {@code ./newsgraph} command line (picocli): one class per verb, wiring reading, analysis
 * and the store. Machine-readable output goes to stdout, messages to stderr.
 */
package dev.newsgraph.cli;
