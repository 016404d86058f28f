package dev.newsgraph.analysis.event;

import dev.newsgraph.analysis.document.Document;
import dev.newsgraph.analysis.document.Stage;
import java.util.List;

/** Sets the events layer. (Placeholder: codes nothing yet.) */
public final class EventCoder implements Stage {
    public static EventCoder create() {
        return new EventCoder();
    }

    @Override
    public String name() {
        return "events";
    }

    @Override
    public void apply(Document doc) {
        doc.setEvents(List.of());
    }
}
