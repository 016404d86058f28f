package dev.newsgraph.model;

/** What kind of actor or place an entity is. {@code GROUP} is an unnamed collective. */
public enum EntityType {
    PERSON, ORGANIZATION, LOCATION, GROUP
}
