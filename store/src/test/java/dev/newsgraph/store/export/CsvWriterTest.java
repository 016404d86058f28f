package dev.newsgraph.store.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class CsvWriterTest {
    @Test
    void fieldsWithCommasQuotesOrLineBreaksAreQuotedAndNullsEmpty() {
        StringWriter s = new StringWriter();
        PrintWriter w = new PrintWriter(s);
        new CsvWriter(w).row(Arrays.asList("plain", "a, b", "he said \"no\"", "two\nlines", null, 19));
        w.flush();
        assertEquals("plain,\"a, b\",\"he said \"\"no\"\"\",\"two\nlines\",,19\n", s.toString());
    }
}
