package dev.newsgraph.analysis.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.newsgraph.analysis.event.CameoLexiconConverter.Line;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CameoLexiconConverterTest {
    private static final String TABLE = """
            # CAMEO to PLOVER conversion table (a few lines written for this test)
            11: ACCUSE
            111: ACCUSE, disapprove,    # Criticize or denounce
            112: ACCUSE, disapprove,    # Accuse
            1123: ACCUSE, allege, military # Accuse of aggression
            070: AID,   ,  # Provide aid
            073: AID,   ,   humanitarian # Provide humanitarian aid
            """;

    private static final String DICTIONARY = """
            # a verb dictionary written for this test
            ####### SYNONYM SETS #######

            &ARMY
            +TROOPS_
            +ARMY

            ####### VERB PATTERNS #######

            ---  CRITICIZE   [111]  ---
            CRITICIZE
            DEPLORE
            - * &ARMY                                  [1123]   # DEPLORE
            - &ARMY *                                  [112]    # CRITICIZE
            - * (FOR ^)                                [112]    # CRITICIZE
            - * (AS UNFAIR)                            [---]    # CRITICIZE

            ---  HELP   [070]  ---
            HELP {HELPS HELPED HELPING}
            HELPING
            +BEEF_UP {+BEEFS_UP +BEEFED_UP +BEEFING_UP}
            - * (WITH FOOD)                            [073]    # HELP
            """;

    private static Line find(List<Line> lines, String words) {
        return lines.stream().filter(l -> l.key().equals(words)).findFirst().orElse(null);
    }

    @Test
    void convertsVerbsPatternsAndSynsetsIntoLexiconEntries() {
        Map<String, CameoLexiconConverter.Plover> table = CameoLexiconConverter.readTable(TABLE);
        List<Line> lines = CameoLexiconConverter.convert(DICTIONARY, table);
        assertEquals("ACCUSE", find(lines, "criticize").type());
        assertEquals("disapprove", find(lines, "criticize").mode());
        assertEquals("ACCUSE", find(lines, "deplore").type());
        // the synset expanded, its nouns singular; the mode from the table
        assertEquals("allege", find(lines, "deplore troop").mode());
        assertNotNull(find(lines, "deplore army"));
        // words before the verb and actor markers are beyond the lexicon
        assertNull(find(lines, "criticize army"));
        assertFalse(lines.stream().anyMatch(l -> l.words().contains("for")));
        // a null code blocks where its verb codes alone
        assertEquals("NONE", find(lines, "criticize as unfair").type());
        // a verb alone under a block's loose cue-category code (070) is left out, its patterns kept
        assertNull(find(lines, "help"));
        assertEquals("AID", find(lines, "help with food").type());
        assertEquals("AID", find(lines, "beef up").type());
        assertFalse(lines.stream().anyMatch(l -> l.words().get(0).equals("helping")), "inflections are lemmatised away");
    }

    @Test
    void theRenderedFileCarriesTheAttributionAndLoads() throws Exception {
        List<Line> lines = CameoLexiconConverter.convert(DICTIONARY, CameoLexiconConverter.readTable(TABLE));
        String text = CameoLexiconConverter.render(lines);
        assertFalse(text.isEmpty());
        org.junit.jupiter.api.Assertions.assertTrue(text.contains("CC BY-SA 4.0") && text.contains("MIT"));
        EventLexicon lexicon = EventLexicon.parse(new java.io.BufferedReader(new java.io.StringReader(text)), "test");
        assertEquals(dev.newsgraph.model.EventType.ACCUSE, lexicon.match("deplore", false, java.util.Set.of("troop")).type());
    }
}
