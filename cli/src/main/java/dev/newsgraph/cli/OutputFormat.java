package dev.newsgraph.cli;

/** How {@code analyze} and {@code extract} print their results. */
public enum OutputFormat {
    json, jsonl, text
}
