package dev.newsgraph.analysis.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsgraph.analysis.world.WorldKnowledge;
import dev.newsgraph.model.Event;
import dev.newsgraph.model.EventType;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EventLexiconTest {
    private static final EventLexicon SHIPPED = EventLexicon.defaults();

    @Test
    void theLongestEntryWinsAndANoneEntryBlocksTheShorterOne() {
        assertEquals(EventType.REQUEST, SHIPPED.match("call", false, Set.of("for", "calm")).type());
        assertEquals(EventType.CONSULT, SHIPPED.match("call", false, Set.of("minister")).type());
        assertEquals(EventLexicon.Role.NONE, SHIPPED.match("lay", false, Set.of("flower")).role());
        assertNull(SHIPPED.match("lay", false, Set.of("foundation")));
    }

    @Test
    void everyPloverTypeHasATrigger() {
        for (EventType t : EventType.values()) {
            boolean found = false;
            for (String w : List.of("agree", "meet", "support", "concede", "cooperate", "aid", "withdraw", "demand",
                    "accuse", "reject", "threaten", "protest", "sanction", "mobilize", "arrest", "attack")) {
                var e = SHIPPED.match(w, false, Set.of());
                found |= e != null && e.type() == t;
            }
            assertTrue(found, t + " has a verb");
        }
    }

    @Test
    void aUsersFileReplacesTheShippedLexicon(@TempDir Path dir) throws IOException {
        Path mine = dir.resolve("mine.tsv");
        Files.writeString(mine, "# my lexicon\nPROTEST  demo  verb  picket\n");
        EventCoder coder = new EventCoder(EventLexicon.load(mine), WorldKnowledge.standard());
        List<Event> events = Stories.of("Nurses picketed the Ministry of Health in Nairobi.").code(coder);
        assertEquals(EventType.PROTEST, events.get(0).type());
        assertTrue(Stories.of("Kenya attacked Somalia.").code(coder).isEmpty(), "the shipped words are gone");
        System.setProperty(EventLexicon.PROPERTY, mine.toString());
        try {
            assertEquals(mine.toString(), EventLexicon.defaults().origin());
        } finally {
            System.clearProperty(EventLexicon.PROPERTY);
        }
    }

    private static EventLexicon text(String lines) throws IOException {
        return EventLexicon.parse(new BufferedReader(new StringReader(lines)), "test");
    }

    @Test
    void theUpperLayerDecidesTheVerbsItKnowsAndTheLowerAddsTheRest() throws IOException {
        EventLexicon hand = text("ACCUSE  -  verb  slam\n");
        EventLexicon converted = text("ASSAULT  -  verb  slam\nASSAULT  -  verb  slam door\nPROTEST  demo  verb  picket\n");
        EventLexicon both = EventLexicon.layered(List.of(hand, converted));
        assertEquals(EventType.ACCUSE, both.match("slam", false, Set.of()).type());
        assertEquals(EventType.ACCUSE, both.match("slam", false, Set.of("door")).type(), "a longer converted entry too");
        assertEquals(EventType.PROTEST, both.match("picket", false, Set.of()).type());
    }

    @Test
    void theShippedLexiconIsTheHandWrittenFileOverTheCameoDerivedOne() {
        assertTrue(SHIPPED.origin().contains(EventLexicon.RESOURCE) && SHIPPED.origin().contains(EventLexicon.CAMEO_RESOURCE));
        assertNull(EventLexicon.handWritten().match("admonish", false, Set.of()));
        assertEquals(EventType.ACCUSE, SHIPPED.match("admonish", false, Set.of()).type());
        assertEquals(EventType.ASSAULT, SHIPPED.match("attack", false, Set.of()).type(), "a hand-written verb stays");
    }

    @Test
    void toTendToIsAHedgeAndHidesTheCameoCareOfTend() {
        assertEquals(EventLexicon.Role.NONE, SHIPPED.match("tend", false, Set.of("to")).role());
        assertNull(SHIPPED.match("tend", false, Set.of("wounded")), "the CAMEO layer's 'tend' (AID) is hidden");
    }

    @Test
    void aVerbOnlyTheCameoDerivedLexiconKnowsIsCoded() {
        List<Event> events = Stories.of("Germany admonished Hungary on Tuesday.").events();
        assertEquals(1, events.size(), events.toString());
        assertEquals(EventType.ACCUSE, events.get(0).type());
    }

    @Test
    void theLexiconLoadsQuickly() {
        EventLexicon.shipped(); // warm the class and the reader
        long t = System.nanoTime();
        EventLexicon.shipped();
        long ms = (System.nanoTime() - t) / 1_000_000;
        assertTrue(ms < 1000, "loading took " + ms + " ms"); // ~20 ms on an idle machine; generous for shared ones
    }

    @Test
    void aBadLineIsReportedWithItsFileAndLine(@TempDir Path dir) throws IOException {
        Path bad = dir.resolve("bad.tsv");
        Files.writeString(bad, "# header\nASSAULT - verb attack\nFIGHTING - verb brawl\n");
        var e = assertThrows(IllegalArgumentException.class, () -> EventLexicon.load(bad));
        assertTrue(e.getMessage().contains("bad.tsv:3"), e.getMessage());
        assertTrue(e.getMessage().contains("FIGHTING"), e.getMessage());
    }
}
