package dev.newsgraph.reading;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newsgraph.model.Article;
import java.io.IOException;
import java.io.InputStream;
import java.util.stream.Stream;

/**
 * JSON Lines of {@code {title, text, url, published, source}} objects, as news datasets ship
 * them, streamed a line at a time: a bad line is one failed item, its neighbours are read. A line
 * is read up to {@link InputReader#MAX_ARTICLE_BYTES} (a longer one is skipped to its end, never
 * held whole); each line is UTF-8, else read as Windows-1252 with a warning on its item.
 */
public final class JsonLinesArticles {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final TextArticles texts;

    public JsonLinesArticles(TextArticles texts) {
        this.texts = texts;
    }

    /** The items of a JSON Lines stream (not gzipped), closing {@code in} when the stream is closed. */
    public Stream<ReadResult> read(String input, InputStream in) {
        ByteLines lines = new ByteLines(in, (int) InputReader.MAX_ARTICLE_BYTES);
        ReadAhead it = new ReadAhead() {
            private int lineNo;
            private boolean broken;

            @Override
            protected ReadResult advance() {
                if (broken) {
                    return null;
                }
                try {
                    ByteLines.Line line;
                    while ((line = lines.next()) != null) {
                        lineNo++;
                        String origin = input + ":" + lineNo;
                        if (line.tooLong()) {
                            return ReadResult.failed(origin, "line too long (over the limit of "
                                    + InputReader.MAX_ARTICLE_BYTES / (1024 * 1024) + " MB); skipped");
                        }
                        byte[] bytes = line.bytes();
                        if (lineNo == 1 && bytes.length >= 3 && (bytes[0] & 0xff) == 0xEF
                                && (bytes[1] & 0xff) == 0xBB && (bytes[2] & 0xff) == 0xBF) {
                            bytes = java.util.Arrays.copyOfRange(bytes, 3, bytes.length);
                        }
                        TextDecoder.Decoded text = TextDecoder.utf8OrLegacy(bytes);
                        if (!text.text().isBlank()) {
                            return parse(origin, text.text()).withWarning(text.warning());
                        }
                    }
                    return null;
                } catch (IOException e) {
                    // damaged compression or a failing source: the lines read stand, the rest is lost
                    broken = true;
                    String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
                    return ReadResult.failed(input + ":" + (lineNo + 1), "cannot be read further ("
                            + m.lines().findFirst().orElse("") + "); the rest of the input is skipped");
                }
            }

        };
        return it.stream(in);
    }

    /** One line to an article, or the reason it is not one. */
    public ReadResult parse(String origin, String line) {
        JsonNode n;
        try {
            n = JSON.readTree(line);
        } catch (IOException e) {
            return ReadResult.failed(origin, "not a JSON object (" + firstLine(e.getMessage()) + ")");
        }
        if (n == null || !n.isObject()) {
            return ReadResult.failed(origin, "not a JSON object");
        }
        String text = str(n, "text");
        if (text == null) {
            text = str(n, "body");
        }
        if (text == null || text.isBlank()) {
            return ReadResult.failed(origin, "no text");
        }
        Article a = texts.fromText(str(n, "title"), text, str(n, "url"), str(n, "source"), str(n, "published"));
        return ReadResult.ok(origin, a);
    }

    private static String str(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "parse error";
        }
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }
}
