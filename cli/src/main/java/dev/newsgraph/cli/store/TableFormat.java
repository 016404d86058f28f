package dev.newsgraph.cli.store;

/** How query and search print their rows. */
public enum TableFormat {
    table, json, csv
}
