package dev.newsgraph.reading;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.newsgraph.reading.html.HtmlCharset;
import java.io.ByteArrayInputStream;
import java.util.stream.Stream;

/**
 * Fuzz tests of every reader (Jazzer). The property: whatever the bytes, reading gives items
 * (articles or one-line errors naming the item) or refuses the whole input with a one-line
 * {@link BadInputException} naming it; nothing else is thrown, no error escapes (a
 * StackOverflowError, an OutOfMemoryError), nothing hangs.
 *
 * <p>In a plain {@code mvn test} each method replays its committed corpus
 * ({@code src/test/resources/dev/newsgraph/reading/ReadersFuzzTestInputs/METHOD/}: seeds and
 * every crashing input found) in seconds. {@code JAZZER_FUZZ=1} fuzzes one method; see
 * docs/fuzzing.md.
 */
class ReadersFuzzTest {
    private static final InputReader READER = new InputReader();

    @FuzzTest(maxDuration = "30m")
    void text(byte[] data) {
        readAll("fuzz.txt", data);
    }

    @FuzzTest(maxDuration = "30m")
    void jsonLines(byte[] data) {
        readAll("fuzz.jsonl", data);
    }

    @FuzzTest(maxDuration = "30m")
    void html(byte[] data) {
        readAll("fuzz.html", data);
    }

    @FuzzTest(maxDuration = "30m")
    void feed(byte[] data) {
        readAll("fuzz.rss", data);
    }

    @FuzzTest(maxDuration = "30m")
    void warc(byte[] data) {
        readAll("fuzz.warc", data);
    }

    /** No name to go by: the format (and gzip) is told from the bytes, as on standard input. */
    @FuzzTest(maxDuration = "30m")
    void sniffed(byte[] data) {
        readAll("-", data);
    }

    /** Charset settling and decoding, with a fuzzed Content-Type header. */
    @FuzzTest(maxDuration = "30m")
    void charsets(FuzzedDataProvider data) {
        String contentType = data.consumeBoolean() ? data.consumeString(64) : null;
        byte[] bytes = data.consumeRemainingAsBytes();
        assertNotNull(HtmlCharset.decode(bytes, contentType));
        try {
            TextDecoder.Decoded d = TextDecoder.read("fuzz", bytes);
            assertNotNull(d.text());
            oneLine(d.warning());
        } catch (BadInputException e) {
            refusal("fuzz", e);
        }
    }

    /** Reads every item of an input, checking what comes out; anything thrown but a refusal is a finding. */
    static void readAll(String name, byte[] data) {
        try (Stream<ReadResult> items = READER.read(name, new ByteArrayInputStream(data), null)) {
            items.forEach(r -> {
                assertTrue(r.origin().startsWith(name), r.origin());
                oneLine(r.origin());
                oneLine(r.warning());
                if (r.ok()) {
                    assertNotNull(r.article().text());
                    assertNotNull(r.article().id());
                } else {
                    oneLine(r.error());
                    assertFalse(r.error().isBlank());
                }
            });
        } catch (BadInputException e) {
            refusal(name, e);
        }
    }

    private static void refusal(String name, BadInputException e) {
        assertTrue(e.getMessage().startsWith(name + ": "), e.getMessage());
        oneLine(e.getMessage());
    }

    private static void oneLine(String s) {
        if (s != null) {
            assertFalse(s.contains("\n") || s.contains("\r"), () -> "not one line: " + s);
        }
    }
}
