/**
 * Known actors: country and sector, by date, for people and bodies the article names without
 * placing them, from a list converted from the Phoenix actor dictionaries (PETRARCH2, MIT).
 */
package dev.newsgraph.analysis.actor;
