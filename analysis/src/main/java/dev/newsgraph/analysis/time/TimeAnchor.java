package dev.newsgraph.analysis.time;

import dev.newsgraph.analysis.document.Document;
import dev.newsgraph.analysis.document.Stage;
import java.util.List;

/** Sets the times layer. (Placeholder: finds nothing yet.) */
public final class TimeAnchor implements Stage {
    public static TimeAnchor create() {
        return new TimeAnchor();
    }

    @Override
    public String name() {
        return "times";
    }

    @Override
    public void apply(Document doc) {
        doc.setTimes(List.of());
    }
}
