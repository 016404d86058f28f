package dev.newsgraph.model;

/** When an event happened: the expression, its TIMEX3 value and how precise it is. */
public record EventDate(String text, String value, Precision precision) {
}
