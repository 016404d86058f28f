package dev.newsgraph.store.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvWriterTest {
    private static String row(List<?> fields) {
        StringWriter s = new StringWriter();
        PrintWriter w = new PrintWriter(s);
        new CsvWriter(w).row(fields);
        w.flush();
        return s.toString();
    }

    @Test
    void fieldsWithCommasQuotesOrLineBreaksAreQuotedAndNullsEmpty() {
        assertEquals("plain,\"a, b\",\"he said \"\"no\"\"\",\"two\nlines\",,19\n",
                row(Arrays.asList("plain", "a, b", "he said \"no\"", "two\nlines", null, 19)));
    }

    @Test
    void textASpreadsheetWouldRunAsAFormulaIsWrittenAsText() {
        assertEquals("\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"x\"\")\",\"'+1+2\",\"'-2+3\",\"'@SUM(A1)\","
                        + "\"'\tTAB\",\"'\r=1\",a=b,\n",
                row(List.of("=HYPERLINK(\"http://evil.example\",\"x\")", "+1+2", "-2+3", "@SUM(A1)", "\tTAB", "\r=1",
                        "a=b", "")));
    }

    @Test
    void numbersStayNumbersEvenBelowZero() {
        assertEquals("-3,-0.5,7\n", row(List.of(-3L, -0.5, 7)));
    }
}
