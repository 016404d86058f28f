package dev.newsgraph.server;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * What HTML escaping cannot decide: values for URL query strings and path segments, and which URLs
 * from the data may become links. Escaping itself is the template engine's ({@link PageOutput}).
 */
final class Markup {
    private Markup() {
    }

    /** A value for a URL query or path segment (the template then escapes the URL for its attribute). */
    static String url(String s) {
        return URLEncoder.encode(s == null ? "" : s, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /**
     * Whether a URL from the data (an article's URL) may be a link: only http(s) ones, as anything
     * else ({@code javascript:}, {@code data:}) could run or show content of the data's choosing.
     */
    static boolean isWebUrl(String url) {
        if (url == null || url.isBlank()) {
            return false;
        }
        String lower = url.strip().toLowerCase(Locale.ROOT);
        return lower.startsWith("http://") || lower.startsWith("https://");
    }
}
