package dev.newsgraph.reading;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.Channels;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResource;
import org.netpreserve.jwarc.WarcResponse;

/**
 * WARC and WARC.gz archives (jwarc), streamed a record at a time: every HTML response record
 * becomes an article whose url is the record's target URI and whose date is the page's own, else
 * the record's. Other records are skipped. A record that cannot be read is a failed result; the
 * records before it still come out, and reading goes on where the archive allows.
 */
public final class WarcArticles {
    private static final long MAX_PAYLOAD = InputReader.MAX_PAGE_BYTES;
    private final HtmlArticles html;

    public WarcArticles(HtmlArticles html) {
        this.html = html;
    }

    public Stream<ReadResult> read(String name, InputStream in, String published) throws BadInputException {
        WarcReader reader;
        try {
            reader = new WarcReader(Channels.newChannel(in));
        } catch (IOException e) {
            closeQuietly(in);
            throw new BadInputException(name, "not a WARC archive (" + e.getMessage() + ")");
        }
        reader.onWarning(w -> { });
        ReadAhead it = new ReadAhead() {
            private int recordNo;
            private boolean broken;
            private boolean lastFailed;

            @Override
            protected ReadResult advance() {
                while (!broken) {
                    Optional<WarcRecord> record;
                    recordNo++;
                    try {
                        record = reader.next();
                    } catch (IOException | RuntimeException e) {
                        broken = true;
                        if (lastFailed) {
                            return null; // the same damage, already reported with the record it cut
                        }
                        return ReadResult.failed(name + "#" + recordNo, "unreadable WARC record ("
                                + oneLine(e) + "); the rest of the archive is skipped");
                    }
                    if (record.isEmpty()) {
                        return null;
                    }
                    ReadResult r = null;
                    if (record.get() instanceof WarcResponse response) {
                        r = response(name + "#" + recordNo, response, published);
                    } else if (record.get() instanceof WarcResource resource) {
                        r = resource(name + "#" + recordNo, resource);
                    }
                    lastFailed = r != null && !r.ok();
                    if (r != null) {
                        return r;
                    }
                }
                return null;
            }

        };
        return it.stream(reader);
    }

    /** One response record to a result, or null when it is not an HTML page. */
    private ReadResult response(String origin, WarcResponse response, String published) {
        String label = origin;
        try {
            // a malformed header (two target URIs, a bad date) is this record's failure, not the archive's
            String target = response.target();
            label = origin + " " + target;
            HttpResponse http = response.http();
            MediaType type = http.contentType();
            String base = type == null ? "" : type.base().toString().toLowerCase(Locale.ROOT);
            if (!base.equals("text/html") && !base.equals("application/xhtml+xml")) {
                return null;
            }
            if (http.status() < 200 || http.status() >= 300) {
                return null;
            }
            String contentType = http.headers().first("Content-Type").orElse(null);
            try (InputStream in = http.bodyDecoded().stream()) {
                return page(label, in, target, contentType, response.date().toString());
            }
        } catch (IOException | RuntimeException e) {
            return ReadResult.failed(label, "unreadable record (" + oneLine(e) + ")");
        }
    }

    /** A resource record (a page stored without its HTTP envelope), or null when not HTML. */
    private ReadResult resource(String origin, WarcResource resource) {
        String label = origin;
        try {
            String target = resource.target();
            label = origin + " " + target;
            MediaType type = resource.contentType();
            String base = type == null ? "" : type.base().toString().toLowerCase(Locale.ROOT);
            if (!base.equals("text/html") && !base.equals("application/xhtml+xml")) {
                return null;
            }
            try (InputStream in = resource.body().stream()) {
                return page(label, in, target, type.toString(), resource.date().toString());
            }
        } catch (IOException | RuntimeException e) {
            return ReadResult.failed(label, "unreadable record (" + oneLine(e) + ")");
        }
    }

    private ReadResult page(String label, InputStream in, String target, String contentType, String recordDate)
            throws IOException {
        byte[] body = in.readNBytes((int) MAX_PAYLOAD + 1);
        if (body.length > MAX_PAYLOAD) {
            return ReadResult.failed(label, "page too large (over " + MAX_PAYLOAD / (1024 * 1024) + " MB)");
        }
        if (body.length == 0) {
            return ReadResult.failed(label, "empty page");
        }
        if (TextDecoder.looksBinary(body)) {
            return ReadResult.failed(label, "binary content served as text/html");
        }
        HtmlArticles.Page page = html.read(body, target, contentType, recordDate);
        var a = page.article();
        return ReadResult.ok(label, new dev.newsgraph.model.Article(a.id(), target, a.source(), a.title(),
                a.published(), a.language(), a.text(), a.removed()));
    }

    private static String oneLine(Exception e) {
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        int nl = m.indexOf('\n');
        return nl < 0 ? m : m.substring(0, nl);
    }

    private static void closeQuietly(InputStream in) {
        try {
            in.close();
        } catch (IOException e) {
            // nothing to do
        }
    }
}
