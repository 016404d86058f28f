/**
 * The plain data files the stages read (lexicons, tables), each with a comment header: one
 * reader for their common shape, so that every stage reads them the same way.
 */
package dev.newsgraph.analysis.data;
