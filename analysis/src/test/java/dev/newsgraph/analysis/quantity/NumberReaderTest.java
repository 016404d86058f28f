package dev.newsgraph.analysis.quantity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The one reader of written numbers: whole phrases for amounts and times ({@code read}), single
 * words for ages ({@code readWhole}). An empty value means the text is no number for that reader.
 */
class NumberReaderTest {

    @ParameterizedTest(name = "\"{0}\" -> {1}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            nine                  | 9
            twenty-five           | 25
            two dozen             | 24
            1.5 million           | 1500000
            two hundred and fifty | 250
            1,200                 | 1200
            40 crore              | 400000000
            21 bn                 | 21000000000
            8.3 billion           | 8300000000
            several               | -
            ''                    | -
            """)
    void readsAWrittenNumber(String text, Double value) {
        assertEquals(value, NumberReader.read(text));
    }

    @ParameterizedTest(name = "\"{0}\" -> {1}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            45          | 45
            nine        | 9
            Seventy     | 70
            twenty-five | 25
            0           | 0
            zero        | 0
            1,200       | -
            1000        | -
            3.5         | -
            a           | -
            two hundred | -
            dozen       | -
            ten-five    | -
            old         | -
            -           | -
            """)
    void readsAWholeNumberWrittenAsOneWordAsAgesAre(String word, Integer value) {
        assertEquals(value, NumberReader.readWhole(word));
    }
}
