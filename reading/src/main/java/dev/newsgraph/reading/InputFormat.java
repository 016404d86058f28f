package dev.newsgraph.reading;

import java.util.Locale;

/** The kinds of input newsgraph reads, told by file name first and, where that is silent, by content. */
public enum InputFormat {
    TEXT, JSON_LINES, HTML, FEED, WARC;

    /** The format of an input, from its name and its first bytes. */
    public static InputFormat detect(String name, byte[] head) {
        String n = name.toLowerCase(Locale.ROOT);
        if (n.endsWith(".jsonl") || n.endsWith(".ndjson") || n.endsWith(".json") || n.endsWith(".jsonl.gz")) {
            return JSON_LINES;
        }
        if (n.endsWith(".warc") || n.endsWith(".warc.gz")) {
            return WARC;
        }
        if (n.endsWith(".html") || n.endsWith(".htm") || n.endsWith(".xhtml") || n.endsWith(".html.gz")) {
            return HTML;
        }
        if (n.endsWith(".rss") || n.endsWith(".atom") || n.endsWith(".xml")) {
            return FEED;
        }
        // a name that says plain text is believed over the content: an article may well open with
        // a brace or an angle bracket ("{Update} ...", "<Breaking>") and is still prose
        if (n.endsWith(".txt") || n.endsWith(".text") || n.endsWith(".txt.gz")) {
            return TEXT;
        }
        if (gzipped(head)) {
            byte[] inner = gunzipHead(head);
            if (inner.length > 0) {
                return detect(n.endsWith(".gz") ? n.substring(0, n.length() - 3) : n, inner);
            }
        }
        String start = new String(head, 0, Math.min(head.length, 1024), java.nio.charset.StandardCharsets.ISO_8859_1)
                .stripLeading().toLowerCase(Locale.ROOT);
        if (start.startsWith("\u00ef\u00bb\u00bf")) {
            start = start.substring(3).stripLeading();
        }
        if (start.startsWith("warc/")) {
            return WARC;
        }
        if (start.startsWith("<?xml") && (start.contains("<rss") || start.contains("<feed") || start.contains("<rdf"))
                || start.startsWith("<rss") || start.startsWith("<feed")) {
            return FEED;
        }
        if (start.startsWith("<!doctype html") || start.startsWith("<html") || start.startsWith("<head")
                || start.startsWith("<body") || start.startsWith("<meta") || start.startsWith("<title")
                || (start.startsWith("<!--") || start.startsWith("<?xml")) && start.contains("<html")) {
            return HTML;
        }
        if (start.startsWith("{")) {
            return JSON_LINES;
        }
        return TEXT;
    }

    /** Whether bytes start with the gzip magic number. */
    public static boolean gzipped(byte[] head) {
        return head.length >= 2 && (head[0] & 0xff) == 0x1f && (head[1] & 0xff) == 0x8b;
    }

    /** The first bytes of gzipped data unpacked (as many as a truncated head allows). */
    private static byte[] gunzipHead(byte[] head) {
        try (java.io.InputStream in = new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(head))) {
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            byte[] buf = new byte[1024];
            int n;
            while (out.size() < 1024 && (n = in.read(buf)) > 0) {
                out.write(buf, 0, n);
            }
            return out.toByteArray();
        } catch (java.io.IOException e) {
            return new byte[0];
        }
    }
}
