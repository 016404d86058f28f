/** Time expressions: found in the text and normalised to TIMEX3 values against the publication date. */
package dev.newsgraph.analysis.time;
