/** Quotations: quoted and reported speech found, and each attributed to its speaker, cue and channel. */
package dev.newsgraph.analysis.quote;
