package dev.newsgraph.analysis.entity;

import dev.newsgraph.analysis.document.Document;
import dev.newsgraph.analysis.document.Stage;
import java.util.List;

/** Sets the entities layer. (Placeholder: finds nothing yet.) */
public final class EntityResolver implements Stage {
    public static EntityResolver create() {
        return new EntityResolver();
    }

    @Override
    public String name() {
        return "entities";
    }

    @Override
    public void apply(Document doc) {
        doc.setEntities(List.of());
    }
}
