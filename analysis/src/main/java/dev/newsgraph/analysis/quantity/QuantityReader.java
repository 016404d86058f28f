package dev.newsgraph.analysis.quantity;

import dev.newsgraph.analysis.document.Document;
import dev.newsgraph.analysis.document.Stage;
import java.util.List;

/** Sets the quantities layer. (Placeholder: finds nothing yet.) */
public final class QuantityReader implements Stage {
    public static QuantityReader create() {
        return new QuantityReader();
    }

    @Override
    public String name() {
        return "quantities";
    }

    @Override
    public void apply(Document doc) {
        doc.setQuantities(List.of());
    }
}
