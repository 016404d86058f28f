/** The {@code eval} verb: analyses gold files' inputs and scores the records by the project's scoring rules. */
package dev.newsgraph.cli.eval;
