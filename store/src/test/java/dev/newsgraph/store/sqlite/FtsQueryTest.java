package dev.newsgraph.store.sqlite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class FtsQueryTest {
    @Test
    void wordsAreRequiredAndPhrasesKept() {
        assertEquals("\"Peskov\" \"United States\"", FtsQuery.of("Peskov \"United States\""));
    }

    @Test
    void ftsSyntaxTypedByAUserIsReadAsWords() {
        assertEquals("\"NEAR\" \"AND\" \"x\"", FtsQuery.of("NEAR( AND x*"));
        assertNull(FtsQuery.of(" * ( ) \" "));
        assertNull(FtsQuery.of(null));
    }
}
