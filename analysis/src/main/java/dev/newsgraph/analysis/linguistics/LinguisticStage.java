package dev.newsgraph.analysis.linguistics;

import dev.newsgraph.analysis.document.Document;
import dev.newsgraph.analysis.document.Stage;

/** Sets the sentences layer: tokens, tags, named-entity tags and dependency arcs from CoreNLP. */
public final class LinguisticStage implements Stage {
    private final CoreNlpParser parser;

    public LinguisticStage(CoreNlpParser parser) {
        this.parser = parser;
    }

    @Override
    public String name() {
        return "linguistics";
    }

    @Override
    public void apply(Document doc) {
        doc.setSentences(parser.parse(doc.text()));
    }

    @Override
    public void apply(Document doc, java.util.function.BiConsumer<String, Long> parts) {
        doc.setSentences(parser.parse(doc.text(), parts));
    }
}
