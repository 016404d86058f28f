package dev.newsgraph.store;

import java.util.Map;

/** Who acted on whom: events from a source actor to a target actor, counted by PLOVER type. */
public record EdgeRow(ActorRef source, ActorRef target, long events, Map<String, Long> types) {
    public EdgeRow {
        types = Map.copyOf(types);
    }
}
