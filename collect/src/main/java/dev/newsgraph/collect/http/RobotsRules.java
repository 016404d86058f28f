package dev.newsgraph.collect.http;

import crawlercommons.robots.BaseRobotRules;
import crawlercommons.robots.SimpleRobotRulesParser;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Each host's robots.txt, fetched on first need and kept a day (crawler-commons reads it). No
 * robots.txt (a 4xx) allows everything; a server error or no answer disallows the host for an
 * hour, as the robots exclusion standard (RFC 9309) says: an unreachable robots.txt may hide rules.
 */
final class RobotsRules {
    private static final long DAY = 24L * 3600 * 1_000_000_000L;
    private static final long HOUR = 3600L * 1_000_000_000L;
    private static final long MAX_ROBOTS_BYTES = 512 * 1024;

    /** Reads a robots.txt for the rules: its status and body (empty where none came). */
    interface Source {
        /** The status (0: no answer) and body of {@code url}, fetched once with no rules checked. */
        Response get(String url) throws InterruptedException;
    }

    /** A robots.txt response. */
    record Response(int status, byte[] body, String contentType) {
    }

    /** A host's rules, until when they are kept, and why they are not the host's own (null where they are). */
    private record Kept(BaseRobotRules rules, long until, String unreadable) {
    }

    private final SimpleRobotRulesParser parser = new SimpleRobotRulesParser();
    private final Map<String, Kept> kept = new ConcurrentHashMap<>();
    private final Map<String, Object> fetching = new ConcurrentHashMap<>();
    private final String agent;
    private final Source source;

    RobotsRules(String userAgent, Source source) {
        // robots.txt groups name the crawler by the product token of its User-Agent
        this.agent = userAgent.split("[/ ]", 2)[0].toLowerCase(java.util.Locale.ROOT);
        this.source = source;
    }

    /** The rules of the host of {@code url}. */
    BaseRobotRules of(URI url) throws InterruptedException {
        return kept(url).rules;
    }

    /** Why the host's robots.txt could not be read (its rules then disallow everything), or null. */
    String unreadable(URI url) throws InterruptedException {
        return kept(url).unreadable;
    }

    private Kept kept(URI url) throws InterruptedException {
        String origin = origin(url);
        Kept k = kept.get(origin);
        if (k != null && k.until - System.nanoTime() > 0) {
            return k;
        }
        synchronized (fetching.computeIfAbsent(origin, o -> new Object())) {
            k = kept.get(origin);
            if (k != null && k.until - System.nanoTime() > 0) {
                return k;
            }
            String robotsUrl = origin + "/robots.txt";
            Response r = source.get(robotsUrl);
            BaseRobotRules rules;
            long keep = DAY;
            String unreadable = null;
            if (r.status() >= 200 && r.status() < 300) {
                rules = parser.parseContent(robotsUrl, r.body(), r.contentType() == null ? "text/plain" : r.contentType(),
                        List.of(agent));
            } else if (r.status() >= 400 && r.status() < 500) {
                rules = parser.failedFetch(404);
            } else {
                rules = parser.failedFetch(r.status() == 0 ? 503 : r.status());
                keep = HOUR;
                unreadable = "robots.txt could not be read (" + (r.status() == 0 ? "no answer" : "HTTP " + r.status())
                        + "), so the host is not fetched for an hour";
            }
            k = new Kept(rules, System.nanoTime() + keep, unreadable);
            kept.put(origin, k);
            return k;
        }
    }

    static String origin(URI url) {
        return url.getScheme() + "://" + url.getRawAuthority();
    }

    static long maxBytes() {
        return MAX_ROBOTS_BYTES;
    }
}
