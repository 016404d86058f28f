/** Event coding: PLOVER events with actors, place, date of happening, amounts, modality and evidence. */
package dev.newsgraph.analysis.event;
