package dev.newsgraph.model;

import java.util.List;

/**
 * Who did what to whom, coded in PLOVER, with the sentence it was read from.
 *
 * @param source       ids of the acting entities
 * @param target       ids of the entities it is done to; empty where nobody is
 * @param location     id of the place it happened, or null
 * @param date         when it happened (not when it was published), or null
 * @param attributedTo id of the entity who reports or claims it, where not the article itself
 * @param evidence     the sentence(s) it was read from; never null
 */
public record Event(
        String id,
        EventType type,
        String mode,
        List<String> context,
        List<String> source,
        List<String> target,
        String location,
        EventDate date,
        List<EventQuantity> quantities,
        Modality modality,
        String attributedTo,
        Span evidence,
        double confidence) {

    public Event {
        context = Lists.copy(context);
        source = Lists.copy(source);
        target = Lists.copy(target);
        quantities = Lists.copy(quantities);
    }
}
