package dev.newsgraph.reading;

import dev.newsgraph.reading.cleaning.StoryCleaner;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
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

    /**
     * Reads a file; {@code published} anchors articles whose input carries no date (may be null).
     * A file is read through the same bounds as a stream: its size on disk is never trusted
     * (a device or a pipe says 0), so an endless one is refused at the limit.
     */
    public Stream<ReadResult> read(Path path, String published) throws BadInputException {
        String name = path.toString();
        if (!Files.exists(path)) {
            throw new BadInputException(name, "no such file");
        }
        if (Files.isDirectory(path)) {
            throw new BadInputException(name, "is a folder, not a file");
        }
        InputStream in;
        try {
            in = Files.newInputStream(path);
        } catch (IOException e) {
            throw new BadInputException(name, "cannot be read (" + e.getMessage() + ")");
        }
        return readClosing(name, in, published);
    }

    /**
     * Reads standard input or any other stream, named {@code name} in messages. JSON Lines and
     * WARC (plain or gzipped) are read as they arrive, however long (each line or record within
     * its own limit); other formats whole, within the same limits as a file: an input over its
     * limit is refused after reading one byte past it, never held whole.
     */
    public Stream<ReadResult> read(String name, InputStream in, String published) throws BadInputException {
        return readClosing(name, in, published);
    }

    /** Reads {@code in}, closing it when the stream is closed or when reading fails. */
    private Stream<ReadResult> readClosing(String name, InputStream in, String published) throws BadInputException {
        boolean handedOver = false;
        try {
            BufferedInputStream buffered = new BufferedInputStream(in, 1 << 16);
            buffered.mark(4096);
            byte[] head = buffered.readNBytes(4096);
            buffered.reset();
            InputFormat format = InputFormat.detect(name, head);
            Stream<ReadResult> out;
            if (format == InputFormat.JSON_LINES) {
                if (head.length == 0) {
                    throw new BadInputException(name, "empty input");
                }
                out = jsonLines(name, buffered, head, published);
            } else if (format == InputFormat.WARC) {
                out = warcs.read(name, buffered, published);
            } else {
                byte[] bytes = bounded(name, buffered, format);
                buffered.close();
                out = readBytes(name, bytes, format, published);
            }
            handedOver = true;
            return out;
        } catch (IOException e) {
            throw new BadInputException(name, "cannot be read (" + e.getMessage() + ")");
        } finally {
            if (!handedOver) {
                try {
                    in.close();
                } catch (IOException e) {
                    // the input is already given up
                }
            }
        }
    }

    /** The largest input of a format read whole: an article's text, or a page or feed. */
    private static long limit(InputFormat format) {
        return format == InputFormat.TEXT ? MAX_ARTICLE_BYTES : MAX_PAGE_BYTES;
    }

    /** All of {@code in}, or the refusal once it passes the limit of its format. */
    private static byte[] bounded(String name, InputStream in, InputFormat format) throws IOException,
            BadInputException {
        long max = limit(format);
        byte[] bytes = in.readNBytes((int) max + 1);
        if (bytes.length > max) {
            throw tooLarge(name, format, "over " + max / (1024 * 1024) + " MB");
        }
        return bytes;
    }

    private static BadInputException tooLarge(String name, InputFormat format, String size) {
        String what = format == InputFormat.TEXT ? "one article" : "one page";
        return new BadInputException(name, "too large for " + what + " (" + size + "; the limit is "
                + limit(format) / (1024 * 1024) + " MB)");
    }

    /** JSON Lines read as they arrive from {@code raw}, gunzipped where {@code head} (its first bytes) says so. */
    private Stream<ReadResult> jsonLines(String name, InputStream raw, byte[] head, String published) throws IOException {
        InputStream in = InputFormat.gzipped(head) ? new java.util.zip.GZIPInputStream(raw, 1 << 16) : raw;
        return jsonLines.read(name, in).map(rr -> withPublished(rr, published)).map(this::withLanguage);
    }

    private Stream<ReadResult> readBytes(String name, byte[] bytes, InputFormat format, String published)
            throws BadInputException {
        switch (format) {
            case TEXT: {
                TextDecoder.Decoded s = TextDecoder.read(name, gunzipIfNeeded(name, bytes, format));
                if (s.text().isBlank()) {
                    throw new BadInputException(name, "no text (only white space)");
                }
                return Stream.of(withLanguage(ReadResult.ok(name, texts.fromText(null, s.text(), null, null, published))
                        .withWarning(s.warning())));
            }
            case HTML: {
                byte[] page = gunzipIfNeeded(name, bytes, format);
                if (page.length == 0) {
                    throw new BadInputException(name, "empty input");
                }
                if (TextDecoder.looksBinary(page)) {
                    throw new BadInputException(name, "binary content, not an HTML page");
                }
                return Stream.of(ReadResult.ok(name, html.read(page, null, null, published).article()));
            }
            case FEED: {
                return feeds.read(name, gunzipIfNeeded(name, bytes, format), published);
            }
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
        return r.withArticle(r.article().withLanguage(languages.guess(r.article().text(), null)));
    }

    /** The bytes unpacked where they are gzipped, within the limit of the format (a gzip bomb stops there). */
    private static byte[] gunzipIfNeeded(String name, byte[] bytes, InputFormat format) throws BadInputException {
        if (bytes.length < 2 || (bytes[0] & 0xff) != 0x1f || (bytes[1] & 0xff) != 0x8b) {
            return bytes;
        }
        try (InputStream in = new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(bytes))) {
            byte[] out = in.readNBytes((int) limit(format) + 1);
            if (out.length > limit(format)) {
                throw tooLarge(name, format, "over " + limit(format) / (1024 * 1024) + " MB once unpacked");
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
        return r.withArticle(r.article().withPublished(published));
    }
}
