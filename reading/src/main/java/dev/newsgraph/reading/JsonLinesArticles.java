package dev.newsgraph.reading;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newsgraph.model.Article;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.stream.Stream;

/**
 * JSON Lines of {@code {title, text, url, published, source}} objects, as news datasets ship
 * them, streamed a line at a time: a bad line is one failed item, its neighbours are read.
 */
public final class JsonLinesArticles {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final TextArticles texts;

    public JsonLinesArticles(TextArticles texts) {
        this.texts = texts;
    }

    public Stream<ReadResult> read(String input, BufferedReader lines) {
        ReadAhead it = new ReadAhead() {
            private int lineNo;

            @Override
            protected ReadResult advance() {
                try {
                    String line;
                    while ((line = lines.readLine()) != null) {
                        lineNo++;
                        if (!line.isBlank()) {
                            return parse(input + ":" + lineNo, line);
                        }
                    }
                    return null;
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }

        };
        return it.stream(lines);
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
