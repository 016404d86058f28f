/**
 * Entities: named, described and pronoun mentions found, resolved into one entity per
 * real-world referent with its fullest name, aliases, roles, age, country and sector.
 */
package dev.newsgraph.analysis.entity;
