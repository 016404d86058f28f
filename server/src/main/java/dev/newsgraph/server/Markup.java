package dev.newsgraph.server;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** Escaping of untrusted text for HTML element content, attribute values and URL query values. */
final class Markup {
    private Markup() {
    }

    /** Text safe in element content and in quoted attribute values. Null becomes empty. */
    static String esc(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                case '`' -> b.append("&#96;");
                default -> {
                    if (c < 0x20 && c != '\n' && c != '\t' && c != '\r') {
                        b.append(' ');
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.toString();
    }

    /** A value for a URL query or path segment (then escaped for HTML by the caller's esc). */
    static String url(String s) {
        return URLEncoder.encode(s == null ? "" : s, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** A link to a page of ours: only relative paths we build, never a URL from the data. */
    static String link(String path, String text) {
        return "<a href=\"" + esc(path) + "\">" + esc(text) + "</a>";
    }

    /**
     * An external link from the data (an article's URL): only http(s) URLs become links, and they
     * open with no referrer; anything else ({@code javascript:}, {@code data:}) stays text.
     */
    static String externalLink(String url) {
        if (url == null || url.isBlank()) {
            return "";
        }
        String lower = url.strip().toLowerCase(java.util.Locale.ROOT);
        if (lower.startsWith("http://") || lower.startsWith("https://")) {
            return "<a href=\"" + esc(url.strip()) + "\" rel=\"noopener noreferrer nofollow\">" + esc(url) + "</a>";
        }
        return "<span class=\"url\">" + esc(url) + "</span>";
    }
}
