package dev.newsgraph.collect.http;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The one form of a URL that {@code watch} keeps and compares: scheme and host in lower case, the
 * default port dropped, the fragment dropped (it names a place in a page, not another page), and
 * tracking parameters dropped ({@code utm_*} and the click ids of the big ad networks), which
 * feeds add to every link so that the same article comes back under many URLs.
 */
public final class NormalUrl {
    private static final Set<String> TRACKING = Set.of("fbclid", "gclid", "dclid", "msclkid", "mc_cid", "mc_eid",
            "yclid", "igshid", "_ga", "_hsenc", "_hsmi", "ocid", "cmpid", "at_medium", "at_campaign", "ncid", "sr_share");

    private NormalUrl() {
    }

    /** The normal form of an http(s) URL, or empty where it is not one. */
    public static Optional<String> of(String url) {
        if (url == null || url.isBlank()) {
            return Optional.empty();
        }
        try {
            URI u = new URI(url.strip().replace(" ", "%20"));
            String scheme = u.getScheme() == null ? null : u.getScheme().toLowerCase(Locale.ROOT);
            if (!"http".equals(scheme) && !"https".equals(scheme) || u.getHost() == null) {
                return Optional.empty();
            }
            String host = u.getHost().toLowerCase(Locale.ROOT);
            int port = u.getPort();
            if (port == 80 && scheme.equals("http") || port == 443 && scheme.equals("https")) {
                port = -1;
            }
            String path = u.getRawPath() == null || u.getRawPath().isEmpty() ? "/" : u.getRawPath();
            String query = query(u.getRawQuery());
            StringBuilder b = new StringBuilder(scheme).append("://");
            if (u.getRawUserInfo() != null) {
                b.append(u.getRawUserInfo()).append('@');
            }
            b.append(host);
            if (port != -1) {
                b.append(':').append(port);
            }
            b.append(path);
            if (query != null) {
                b.append('?').append(query);
            }
            return Optional.of(b.toString());
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }

    /** {@code url} resolved against {@code base} (a relative link in a page), in normal form. */
    public static Optional<String> resolve(String base, String url) {
        try {
            return of(URI.create(base).resolve(url.strip().replace(" ", "%20")).toString());
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static String query(String raw) {
        if (raw == null || raw.isEmpty()) {
            return null;
        }
        List<String> kept = new ArrayList<>();
        for (String pair : raw.split("&")) {
            String name = pair.split("=", 2)[0].toLowerCase(Locale.ROOT);
            if (!pair.isEmpty() && !name.startsWith("utm_") && !TRACKING.contains(name)) {
                kept.add(pair);
            }
        }
        return kept.isEmpty() ? null : String.join("&", kept);
    }
}
