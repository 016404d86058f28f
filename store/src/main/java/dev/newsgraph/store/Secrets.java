package dev.newsgraph.store;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one place that hides passwords in text meant for people: messages, logs, the store's
 * location. Every message that may hold a store location or a driver's words goes through
 * {@link #mask}. It hides, in any text: the password of a URL's user information
 * ({@code scheme://user:PASSWORD@host}, the password running to the last {@code @} of the URL so
 * that {@code /}, {@code :} and {@code @} inside it are hidden too), the value of
 * {@code password=}, {@code passwd=} and {@code pwd=} parameters, and every password this process
 * was given ({@link #remember}), however it came (a file, the environment, {@code ~/.pgpass}).
 * Masking hides more rather than less: a URL whose query holds an {@code @} loses that part too.
 */
public final class Secrets {
    /** What a hidden password is shown as. */
    public static final String HIDDEN = "***";
    /** A URL from its scheme to the next white space or quote: a password may hold anything else. */
    private static final Pattern URL = Pattern.compile("(?i)\\b([a-z][a-z0-9+.-]*:)?[a-z][a-z0-9+.-]*://[^\\s\"'<>]+");
    private static final Pattern PARAMETER = Pattern.compile("(?i)\\b(password|passwd|pwd)(\\s*[=:]\\s*)([^&\\s\"',;)]+)");
    /** Passwords this process holds; held for its life, since a message may name one at any time. */
    private static final Set<String> KNOWN = ConcurrentHashMap.newKeySet();

    private Secrets() {
    }

    /** Hides every password in {@code text} (null stays null). */
    public static String mask(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        String s = maskUrls(text);
        s = PARAMETER.matcher(s).replaceAll(m -> Matcher.quoteReplacement(m.group(1) + m.group(2) + HIDDEN));
        for (String secret : KNOWN) {
            s = s.replace(secret, HIDDEN);
            s = s.replace(URLEncoder.encode(secret, StandardCharsets.UTF_8), HIDDEN);
        }
        return s;
    }

    /**
     * Notes a password this process was given, so that {@link #mask} hides it wherever it shows
     * up. Passwords shorter than 4 characters are hidden only where they stand as a password, as
     * hiding every "ab" in a message would garble it.
     */
    public static void remember(String password) {
        if (password != null && password.length() >= 4) {
            KNOWN.add(password);
        }
    }

    private static String maskUrls(String text) {
        Matcher m = URL.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String url = m.group();
            int start = url.indexOf("://") + 3;
            int at = url.lastIndexOf('@');
            String masked = url;
            if (at > start) {
                int colon = url.indexOf(':', start);
                if (colon >= 0 && colon < at) {
                    masked = url.substring(0, colon + 1) + HIDDEN + url.substring(at);
                }
            }
            m.appendReplacement(out, Matcher.quoteReplacement(masked));
        }
        m.appendTail(out);
        return out.toString();
    }
}
