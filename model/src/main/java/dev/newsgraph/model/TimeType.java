package dev.newsgraph.model;

/** TIMEX3 types. */
public enum TimeType {
    DATE, TIME, DURATION, SET
}
