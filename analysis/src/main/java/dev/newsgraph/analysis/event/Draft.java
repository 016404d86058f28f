package dev.newsgraph.analysis.event;

import dev.newsgraph.model.EventDate;
import dev.newsgraph.model.EventQuantity;
import dev.newsgraph.model.EventType;
import dev.newsgraph.model.Modality;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/** An event while it is being coded: mutable, owned by one call of the coder. */
final class Draft {
    EventType type;
    String mode;
    final LinkedHashSet<String> context = new LinkedHashSet<>();
    final LinkedHashSet<String> source = new LinkedHashSet<>();
    final LinkedHashSet<String> target = new LinkedHashSet<>();
    String location;
    EventDate date;
    final List<EventQuantity> quantities = new ArrayList<>();
    Modality modality = Modality.ASSERTED;
    String attributedTo;
    int sentence;
    int evidenceStart;
    int evidenceEnd;
    int trigger;
    boolean nominal;
    boolean symmetric;
    double confidence;
    /** The verb of saying that frames this event, or -1. */
    int cue = -1;
    /** Read from "X said Y must ...": a demand, whose modality is that of the saying. */
    boolean obligation;
    /** Read from a passive clause, where the doer may go unnamed ("was arrested"). */
    boolean passive;
    /** The clause has a subject noun no entity covers ("Israeli tanks fired"): someone did it. */
    boolean unnamedDoer;
    /** Told as the story's next step: a plain past ("He made the remarks at a meeting") or "then". */
    boolean narrative;
    /** Told as an earlier occasion than the story's ("his earlier threats", "a previous meeting"). */
    boolean earlier;

    Draft(EventType type, String mode, int sentence, int trigger, boolean nominal) {
        this.type = type;
        this.mode = mode;
        this.sentence = sentence;
        this.trigger = trigger;
        this.nominal = nominal;
    }

    boolean hasActors() {
        return !source.isEmpty() || !target.isEmpty();
    }

    /** How much this draft tells: used to keep the fullest telling of one happening. */
    int detail() {
        return (source.isEmpty() ? 0 : 2) + (target.isEmpty() ? 0 : 2) + (date == null ? 0 : 2)
                + (location == null ? 0 : 1) + quantities.size() + (mode == null ? 0 : 1);
    }

    boolean hasQuantity(String kind) {
        return quantities.stream().anyMatch(q -> q.kind().equals(kind));
    }
}
