package dev.newsgraph.analysis.quote;

import dev.newsgraph.analysis.document.Document;
import dev.newsgraph.analysis.document.Stage;
import java.util.List;

/** Sets the quotes layer. (Placeholder: finds nothing yet.) */
public final class QuoteAttributor implements Stage {
    public static QuoteAttributor create() {
        return new QuoteAttributor();
    }

    @Override
    public String name() {
        return "quotes";
    }

    @Override
    public void apply(Document doc) {
        doc.setQuotes(List.of());
    }
}
