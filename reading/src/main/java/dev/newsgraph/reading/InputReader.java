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
    /** The largest single HTML page or feed read whole. */
    public static final long MAX_PAGE_BYTES = 32L * 1024 * 1024;

    private final TextArticles texts;
    private final JsonLinesArticles jsonLines;
    private final HtmlArticles html;
    private final FeedArticles feeds;
    private final WarcArticles warcs;
    private final LanguageGuesser languages;

    public InputReader() {
        this(new StoryCleaner());
    }

    public InputReader(StoryCleaner cleaner) {
        this.texts = new TextArticles(cleaner);
        this.jsonLines = new JsonLinesArticles(texts);
        this.languages = LanguageGuesser.create();
        this.html = HtmlArticles.create();
        this.feeds = new FeedArticles(texts, languages);
        this.warcs = new WarcArticles(html);
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
                return jsonLines(name, Files.newInputStream(path), head, published);
            }
            if (format == InputFormat.WARC) {
                return warcs.read(name, Files.newInputStream(path), published);
            }
            long size = Files.size(path);
            if (size > MAX_PAGE_BYTES && (format == InputFormat.HTML || format == InputFormat.FEED)) {
                throw new BadInputException(name, "too large for one page (" + size / (1024 * 1024)
                        + " MB; the limit is " + MAX_PAGE_BYTES / (1024 * 1024) + " MB)");
            }
            if (size > MAX_ARTICLE_BYTES && format == InputFormat.TEXT) {
                throw new BadInputException(name, "too large for one article (" + size / (1024 * 1024)
                        + " MB; the limit is " + MAX_ARTICLE_BYTES / (1024 * 1024) + " MB)");
            }
            return readBytes(name, Files.readAllBytes(path), format, published);
        } catch (IOException e) {
            throw new BadInputException(name, "cannot be read (" + e.getMessage() + ")");
        }
    }

    /**
     * Reads standard input or any other stream, named {@code name} in messages. JSON Lines and
     * WARC (plain or gzipped) are read as they arrive, however long; other formats whole, within
     * the limits of a file.
     */
    public Stream<ReadResult> read(String name, InputStream in, String published) throws BadInputException {
        try {
            java.io.BufferedInputStream buffered = new java.io.BufferedInputStream(in, 1 << 16);
            buffered.mark(4096);
            byte[] head = buffered.readNBytes(4096);
            buffered.reset();
            InputFormat format = InputFormat.detect(name, head);
            if (format == InputFormat.JSON_LINES) {
                if (head.length == 0) {
                    throw new BadInputException(name, "empty input");
                }
                return jsonLines(name, buffered, head, published);
            }
            if (format == InputFormat.WARC) {
                return warcs.read(name, buffered, published);
            }
            byte[] bytes = buffered.readNBytes((int) MAX_ARTICLE_BYTES * 5 + 1);
            if (bytes.length > MAX_ARTICLE_BYTES * 5) {
                throw new BadInputException(name, "too large");
            }
            return readBytes(name, bytes, format, published);
        } catch (IOException e) {
            throw new BadInputException(name, "cannot be read (" + e.getMessage() + ")");
        }
    }

    /** JSON Lines read as they arrive from {@code raw}, gunzipped where {@code head} (its first bytes) says so. */
    private Stream<ReadResult> jsonLines(String name, InputStream raw, byte[] head, String published) throws IOException {
        InputStream in = InputFormat.gzipped(head) ? new java.util.zip.GZIPInputStream(raw, 1 << 16) : raw;
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
        return jsonLines.read(name, r).map(rr -> withPublished(rr, published)).map(this::withLanguage);
    }

    private Stream<ReadResult> readBytes(String name, byte[] bytes, InputFormat format, String published)
            throws BadInputException {
        switch (format) {
            case JSON_LINES: {
                String s = TextDecoder.decode(name, gunzipIfNeeded(name, bytes));
                return jsonLines.read(name, new BufferedReader(new java.io.StringReader(s)))
                        .map(rr -> withPublished(rr, published)).map(this::withLanguage);
            }
            case TEXT: {
                String s = TextDecoder.decode(name, gunzipIfNeeded(name, bytes));
                if (s.isBlank()) {
                    throw new BadInputException(name, "no text (only white space)");
                }
                return Stream.of(withLanguage(ReadResult.ok(name, texts.fromText(null, s, null, null, published))));
            }
            case HTML: {
                if (bytes.length > MAX_PAGE_BYTES) {
                    throw new BadInputException(name, "too large for one page (" + bytes.length / (1024 * 1024)
                            + " MB; the limit is " + MAX_PAGE_BYTES / (1024 * 1024) + " MB)");
                }
                byte[] page = gunzipIfNeeded(name, bytes);
                if (page.length == 0) {
                    throw new BadInputException(name, "empty input");
                }
                if (TextDecoder.looksBinary(page)) {
                    throw new BadInputException(name, "binary content, not an HTML page");
                }
                return Stream.of(ReadResult.ok(name, html.read(page, null, null, published).article()));
            }
            case FEED: {
                return feeds.read(name, gunzipIfNeeded(name, bytes), published);
            }
            case WARC:
                return warcs.read(name, new java.io.ByteArrayInputStream(bytes), published);
            default:
                throw new BadInputException(name, format + " input is not supported");
        }
    }

    /** The HTML reader, for callers that want a page's metadata too. */
    public HtmlArticles html() {
        return html;
    }

    private ReadResult withLanguage(ReadResult r) {
        if (!r.ok() || r.article().language() != null) {
            return r;
        }
        return ReadResult.ok(r.origin(), r.article().withLanguage(languages.guess(r.article().text(), null)));
    }

    private static byte[] gunzipIfNeeded(String name, byte[] bytes) throws BadInputException {
        if (bytes.length < 2 || (bytes[0] & 0xff) != 0x1f || (bytes[1] & 0xff) != 0x8b) {
            return bytes;
        }
        try (InputStream in = new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(bytes))) {
            byte[] out = in.readNBytes((int) MAX_ARTICLE_BYTES * 4 + 1);
            if (out.length > MAX_ARTICLE_BYTES * 4) {
                throw new BadInputException(name, "too large once unpacked");
            }
            return out;
        } catch (IOException e) {
            throw new BadInputException(name, "broken gzip data (" + e.getMessage() + ")");
        }
    }

    private static ReadResult withPublished(ReadResult r, String published) {
        if (!r.ok() || published == null || r.article().published() != null) {
            return r;
        }
        return ReadResult.ok(r.origin(), r.article().withPublished(published));
    }
}
