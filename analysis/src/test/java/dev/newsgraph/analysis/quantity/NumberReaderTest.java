package dev.newsgraph.analysis.quantity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** The one reader of written numbers: whole phrases for amounts and times, single words for ages. */
class NumberReaderTest {

    @Test
    void numberWordsAndScales() {
        assertEquals(9.0, NumberReader.read("nine"));
        assertEquals(25.0, NumberReader.read("twenty-five"));
        assertEquals(24.0, NumberReader.read("two dozen"));
        assertEquals(1_500_000.0, NumberReader.read("1.5 million"));
        assertEquals(250.0, NumberReader.read("two hundred and fifty"));
        assertEquals(1200.0, NumberReader.read("1,200"));
        assertEquals(400_000_000.0, NumberReader.read("40 crore"));
        assertEquals(21_000_000_000.0, NumberReader.read("21 bn"));
        assertEquals(8_300_000_000.0, NumberReader.read("8.3 billion"));
        assertNull(NumberReader.read("several"));
        assertNull(NumberReader.read(""));
    }

    @Test
    void aSingleWordWholeNumberAsAgesAreWritten() {
        assertEquals(45, NumberReader.readWhole("45"));
        assertEquals(9, NumberReader.readWhole("nine"));
        assertEquals(70, NumberReader.readWhole("Seventy"));
        assertEquals(25, NumberReader.readWhole("twenty-five"));
        assertEquals(0, NumberReader.readWhole("0"));
        assertEquals(0, NumberReader.readWhole("zero"));
    }

    @Test
    void anythingElseIsNoSingleWordWholeNumber() {
        assertNull(NumberReader.readWhole("1,200"));
        assertNull(NumberReader.readWhole("1000"));
        assertNull(NumberReader.readWhole("3.5"));
        assertNull(NumberReader.readWhole("a"));
        assertNull(NumberReader.readWhole("two hundred"));
        assertNull(NumberReader.readWhole("dozen"));
        assertNull(NumberReader.readWhole("ten-five"));
        assertNull(NumberReader.readWhole("old"));
        assertNull(NumberReader.readWhole(null));
    }
}
