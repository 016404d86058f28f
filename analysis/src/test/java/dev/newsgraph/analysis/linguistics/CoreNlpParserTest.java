package dev.newsgraph.analysis.linguistics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsgraph.analysis.document.Sentence;
import dev.newsgraph.analysis.document.Token;
import java.util.List;
import org.junit.jupiter.api.Test;

class CoreNlpParserTest {
    static final CoreNlpParser PARSER = new CoreNlpParser(CoreNlpParser.Settings.defaults());

    @Test
    void tagsNamesAndParsesSubjectAndObject() {
        String text = "Finance minister Maria Lopez met Chilean officials in Santiago on Monday.\nShe said talks went well.";
        long t0 = System.nanoTime();
        List<Sentence> s = PARSER.parse(text);
        System.out.println("parse ms " + (System.nanoTime() - t0) / 1e6);
        assertEquals(2, s.size());
        Sentence first = s.get(0);
        Token maria = first.tokens().stream().filter(t -> t.text().equals("Lopez")).findFirst().orElseThrow();
        assertEquals("PERSON", maria.ner());
        assertEquals("Lopez", text.substring(maria.start(), maria.end()));
        Token met = first.tokens().stream().filter(t -> t.text().equals("met")).findFirst().orElseThrow();
        assertEquals("meet", met.lemma());
        assertTrue(first.parsed());
        assertTrue(first.children(met.index()).stream().anyMatch(d -> d.relation().equals("nsubj")
                && first.tokens().get(d.dependent()).text().equals("Lopez")));
        assertEquals("LOCATION", first.tokens().stream().filter(t -> t.text().equals("Santiago")).findFirst()
                .orElseThrow().ner());
    }

    @Test
    void aVeryLongSentenceIsTaggedButNotParsed() {
        String text = "word ".repeat(500) + "end.";
        List<Sentence> s = PARSER.parse(text);
        assertEquals(1, s.size());
        assertFalse(s.get(0).parsed());
        assertEquals(502, s.get(0).tokens().size(), "500 words, \"end\" and the full stop");
    }
}
