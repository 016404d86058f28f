package dev.newsgraph.reading;

import dev.newsgraph.reading.cleaning.StoryCleaner;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * The one entry to reading: a file (or standard input) of any format newsgraph knows becomes a
 * stream of {@link ReadResult}s, in input order. A whole input that cannot be read at all
 * (missing, empty, binary, too large) throws {@link BadInputException}; a bad item inside a
 * good input is a failed result. Thread-safe; close the stream.
 */
public final class InputReader {
    /** The largest single article file read whole (larger inputs must be JSON Lines, feeds or WARC). */
    public static final long MAX_ARTICLE_BYTES = 10L * 1024 * 1024;

    private final TextArticles texts;
    private final JsonLinesArticles jsonLines;

    public InputReader() {
        this(new StoryCleaner());
    }

    public InputReader(StoryCleaner cleaner) {
        this.texts = new TextArticles(cleaner);
        this.jsonLines = new JsonLinesArticles(texts);
    }

    public TextArticles texts() {
        return texts;
    }

    /** Reads a file; {@code published} anchors articles whose input carries no date (may be null). */
    public Stream<ReadResult> read(Path path, String published) throws BadInputException {
        String name = path.toString();
        if (!Files.exists(path)) {
            throw new BadInputException(name, "no such file");
        }
        if (Files.isDirectory(path)) {
            throw new BadInputException(name, "is a folder, not a file");
        }
        try {
            byte[] head;
            try (InputStream in = Files.newInputStream(path)) {
                head = in.readNBytes(4096);
            }
            InputFormat format = InputFormat.detect(name, head);
            if (format == InputFormat.JSON_LINES) {
                if (head.length == 0) {
                    throw new BadInputException(name, "empty input");
                }
                BufferedReader r = new BufferedReader(new InputStreamReader(Files.newInputStream(path),
                        StandardCharsets.UTF_8), 1 << 16);
                return jsonLines.read(name, r).map(rr -> withPublished(rr, published));
            }
            long size = Files.size(path);
            if (size > MAX_ARTICLE_BYTES && format == InputFormat.TEXT) {
                throw new BadInputException(name, "too large for one article (" + size / (1024 * 1024)
                        + " MB; the limit is " + MAX_ARTICLE_BYTES / (1024 * 1024) + " MB)");
            }
            return readBytes(name, Files.readAllBytes(path), format, published);
        } catch (IOException e) {
            throw new BadInputException(name, "cannot be read (" + e.getMessage() + ")");
        }
    }

    /** Reads standard input or any other stream, named {@code name} in messages. */
    public Stream<ReadResult> read(String name, InputStream in, String published) throws BadInputException {
        try {
            byte[] bytes = in.readNBytes((int) MAX_ARTICLE_BYTES * 5 + 1);
            if (bytes.length > MAX_ARTICLE_BYTES * 5) {
                throw new BadInputException(name, "too large");
            }
            return readBytes(name, bytes, InputFormat.detect(name, bytes), published);
        } catch (IOException e) {
            throw new BadInputException(name, "cannot be read (" + e.getMessage() + ")");
        }
    }

    private Stream<ReadResult> readBytes(String name, byte[] bytes, InputFormat format, String published)
            throws BadInputException {
        switch (format) {
            case JSON_LINES: {
                String s = TextDecoder.decode(name, bytes);
                return jsonLines.read(name, new BufferedReader(new java.io.StringReader(s)))
                        .map(rr -> withPublished(rr, published));
            }
            case TEXT: {
                String s = TextDecoder.decode(name, bytes);
                if (s.isBlank()) {
                    throw new BadInputException(name, "no text (only white space)");
                }
                return Stream.of(ReadResult.ok(name, texts.fromText(null, s, null, null, published)));
            }
            default:
                throw new BadInputException(name, format + " input is not supported yet");
        }
    }

    private static ReadResult withPublished(ReadResult r, String published) {
        if (!r.ok() || published == null || r.article().published() != null) {
            return r;
        }
        return ReadResult.ok(r.origin(), r.article().withPublished(published));
    }
}
