package dev.newsgraph.analysis.event;

import dev.newsgraph.analysis.Analyzer;
import dev.newsgraph.analysis.document.Document;
import dev.newsgraph.analysis.document.Sentence;
import dev.newsgraph.analysis.document.Stage;
import dev.newsgraph.model.Article;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScratchParseTest {
    @Test
    void dump() throws Exception {
        String text = Files.readString(Path.of(System.getProperty("scratch", "/tmp/crit.txt")));
        Document doc = new Document(new Article("x", null, null, null, "2017-10-10", "en", text, List.of()), LocalDate.of(2017, 10, 10));
        for (Stage s : Analyzer.shared().stages()) {
            s.apply(doc);
        }
        for (Sentence s : doc.sentences()) {
            ParseView v = new ParseView(s);
            StringBuilder b = new StringBuilder();
            for (int i = 0; i < v.size(); i++) {
                b.append(i).append(':').append(v.token(i).text()).append('/').append(v.token(i).pos()).append(' ')
                        .append(v.rel(i)).append("->").append(v.head(i)).append("  ");
            }
            System.out.println("PARSE " + b);
        }
        doc.events().forEach(e -> System.out.println("EVENT " + e.type() + " " + e.source() + " " + e.target()));
    }
}
