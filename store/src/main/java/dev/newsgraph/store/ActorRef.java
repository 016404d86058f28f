package dev.newsgraph.store;

/** An actor as events and quotes point at it: one real-world referent across all articles. */
public record ActorRef(long id, String name, String type, String country, String sector) {
}
