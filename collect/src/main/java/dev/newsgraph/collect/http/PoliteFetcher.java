package dev.newsgraph.collect.http;

import crawlercommons.robots.BaseRobotRules;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.zip.GZIPInputStream;

/**
 * GET over HTTP(S) the way a well-behaved crawler does it, with the JDK's HttpClient: robots.txt
 * obeyed; one request at a time per host with {@link Politeness#hostDelay()} between (or the
 * robots.txt {@code Crawl-delay}, where longer, up to a minute); conditional requests; gzip; at most
 * {@value Politeness#MAX_REDIRECTS} redirects, each hop checked against robots.txt; a cap on the
 * body; a deadline on the whole response (a server that trickles bytes costs one timeout); and
 * retries with exponential back-off and jitter after timeouts, 5xx and 429, honouring
 * {@code Retry-After}. Thread-safe: threads fetching from different hosts do not wait for each other.
 */
public final class PoliteFetcher {
    private static final long MAX_CRAWL_DELAY_MS = 60_000;

    private final Politeness politeness;
    private final HttpClient client;
    private final HostTurns turns = new HostTurns();
    private final RobotsRules robots;

    public PoliteFetcher(Politeness politeness) {
        this.politeness = politeness;
        this.client = HttpClient.newBuilder()
                .connectTimeout(politeness.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .version(HttpClient.Version.HTTP_1_1)
                .build();
        this.robots = new RobotsRules(politeness.userAgent(), this::robotsTxt);
    }

    public Politeness politeness() {
        return politeness;
    }

    /** Fetches {@code url} (in normal form) unconditionally. */
    public Fetched fetch(String url) throws FetchFailure, InterruptedException {
        return fetch(url, null, null);
    }

    /**
     * Fetches {@code url}, sending the validators of the last fetch where given (a 304 answer is
     * returned as such, with no body).
     */
    public Fetched fetch(String url, String etag, String lastModified) throws FetchFailure, InterruptedException {
        String current = url;
        for (int hop = 0; hop <= Politeness.MAX_REDIRECTS; hop++) {
            URI uri;
            try {
                uri = URI.create(current);
            } catch (IllegalArgumentException e) {
                throw new FetchFailure(current, "not a URL", 0, false, null);
            }
            BaseRobotRules rules = robots.of(uri);
            if (!rules.isAllowed(current)) {
                String unreadable = robots.unreadable(uri);
                if (unreadable != null) {
                    throw new FetchFailure(current, unreadable, 0, true, null);
                }
                throw new FetchFailure(current, "disallowed by robots.txt", 0, false, null);
            }
            long pause = Math.max(politeness.hostDelay().toMillis(),
                    rules.getCrawlDelay() > 0 ? Math.min(rules.getCrawlDelay(), MAX_CRAWL_DELAY_MS) : 0);
            HttpResponse<byte[]> r = withRetries(uri, hop == 0 ? etag : null, hop == 0 ? lastModified : null, pause);
            int status = r.statusCode();
            if (status >= 300 && status < 400 && status != 304) {
                String location = r.headers().firstValue("Location").orElse(null);
                if (location == null) {
                    throw new FetchFailure(current, "HTTP " + status + " redirect without a Location", status, false, null);
                }
                String next = NormalUrl.resolve(current, location).orElse(null);
                if (next == null) {
                    throw new FetchFailure(current, "redirect to an unusable URL: " + location, status, false, null);
                }
                current = next;
                continue;
            }
            HttpHeaders h = r.headers();
            if (status == 304) {
                return new Fetched(current, 304, new byte[0], h.firstValue("Content-Type").orElse(null),
                        h.firstValue("ETag").orElse(etag), h.firstValue("Last-Modified").orElse(lastModified));
            }
            if (status < 200 || status >= 300) {
                throw new FetchFailure(current, "HTTP " + status, status, false, null);
            }
            byte[] body = gunzip(current, r);
            return new Fetched(current, status, body, h.firstValue("Content-Type").orElse(null),
                    h.firstValue("ETag").orElse(null), h.firstValue("Last-Modified").orElse(null));
        }
        throw new FetchFailure(url, "more than " + Politeness.MAX_REDIRECTS + " redirects (last to " + current + ")",
                0, false, null);
    }

    /** One URL, tried again after timeouts, 5xx and 429; redirects and other answers returned as they are. */
    private HttpResponse<byte[]> withRetries(URI uri, String etag, String lastModified, long pauseMs)
            throws FetchFailure, InterruptedException {
        String url = uri.toString();
        for (int attempt = 0; ; attempt++) {
            Duration retryAfter = null;
            String why;
            int status = 0;
            try (HostTurns.Turn turn = turns.take(RobotsRules.origin(uri), pauseMs * 1_000_000)) {
                HttpResponse<byte[]> r = send(uri, etag, lastModified, politeness.maxBytes());
                status = r.statusCode();
                if (status != 429 && status < 500) {
                    return r;
                }
                why = "HTTP " + status;
                retryAfter = retryAfter(r.headers().firstValue("Retry-After").orElse(null));
            } catch (TimeoutException | HttpTimeoutException e) {
                why = "no answer within " + seconds(politeness.readTimeout());
            } catch (CappedBody.TooLarge e) {
                throw new FetchFailure(url, "larger than " + megabytes(politeness.maxBytes()) + "; refused", 0, false, null);
            } catch (IOException e) {
                why = "connection failed (" + oneLine(e) + ")";
            }
            if (attempt >= politeness.retries()) {
                throw new FetchFailure(url, why + (attempt > 0 ? " after " + (attempt + 1) + " tries" : ""), status, true,
                        retryAfter);
            }
            long waitMs;
            if (retryAfter != null) {
                if (retryAfter.compareTo(politeness.maxRetryWait()) > 0) {
                    throw new FetchFailure(url, why + ", asked to retry after " + seconds(retryAfter), status, true,
                            retryAfter);
                }
                waitMs = retryAfter.toMillis();
            } else {
                // exponential back-off with jitter, so that many clients failing together do not return together
                long base = politeness.backoff().toMillis() << attempt;
                waitMs = base + ThreadLocalRandom.current().nextLong(base + 1);
            }
            Thread.sleep(waitMs);
        }
    }

    private HttpResponse<byte[]> send(URI uri, String etag, String lastModified, long cap)
            throws IOException, TimeoutException, InterruptedException {
        HttpRequest.Builder req = HttpRequest.newBuilder(uri).GET()
                .timeout(politeness.readTimeout())
                .header("User-Agent", politeness.userAgent())
                .header("Accept-Encoding", "gzip")
                .header("Accept", "text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,"
                        + "application/xml;q=0.9,*/*;q=0.8");
        if (etag != null) {
            req.header("If-None-Match", etag);
        }
        if (lastModified != null) {
            req.header("If-Modified-Since", lastModified);
        }
        CompletableFuture<HttpResponse<byte[]>> f = client.sendAsync(req.build(), info -> {
            if (info.statusCode() < 200 || info.statusCode() >= 300) {
                // the body of a redirect or an error is not read: only its headers matter
                return new CappedBody(0, -1, true);
            }
            return new CappedBody(cap, info.headers().firstValueAsLong("Content-Length").orElse(-1));
        });
        try {
            return f.get(politeness.readTimeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            f.cancel(true);
            throw e;
        } catch (InterruptedException e) {
            f.cancel(true);
            throw e;
        } catch (ExecutionException e) {
            Throwable c = e.getCause();
            if (c instanceof CappedBody.TooLarge t) {
                throw t;
            }
            if (c instanceof IOException io) {
                throw io;
            }
            throw new IOException(c);
        }
    }

    private byte[] gunzip(String url, HttpResponse<byte[]> r) throws FetchFailure {
        byte[] body = r.body();
        String encoding = r.headers().firstValue("Content-Encoding").orElse("").toLowerCase(Locale.ROOT);
        if (!encoding.contains("gzip")) {
            return body;
        }
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(body))) {
            byte[] out = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, politeness.maxBytes() + 1));
            if (out.length > politeness.maxBytes()) {
                throw new FetchFailure(url, "larger than " + megabytes(politeness.maxBytes()) + " once unpacked; refused",
                        r.statusCode(), false, null);
            }
            return out;
        } catch (IOException e) {
            throw new FetchFailure(url, "broken gzip body (" + oneLine(e) + ")", r.statusCode(), false, null);
        }
    }

    /** robots.txt itself: one try, in the host's turn, no rules checked, no redirects beyond the first five. */
    private RobotsRules.Response robotsTxt(String url) throws InterruptedException {
        URI uri = URI.create(url);
        for (int hop = 0; hop <= Politeness.MAX_REDIRECTS; hop++) {
            try (HostTurns.Turn turn = turns.take(RobotsRules.origin(uri), politeness.hostDelay().toNanos())) {
                HttpResponse<byte[]> r = send(uri, null, null, RobotsRules.maxBytes());
                int status = r.statusCode();
                String location = r.headers().firstValue("Location").orElse(null);
                if (status >= 300 && status < 400 && location != null) {
                    uri = uri.resolve(location);
                    continue;
                }
                return new RobotsRules.Response(status, r.body(), r.headers().firstValue("Content-Type").orElse(null));
            } catch (CappedBody.TooLarge e) {
                return new RobotsRules.Response(404, new byte[0], null); // unreadable rules: none
            } catch (IOException | TimeoutException | IllegalArgumentException e) {
                return new RobotsRules.Response(0, new byte[0], null);
            }
        }
        return new RobotsRules.Response(404, new byte[0], null);
    }

    /** {@code Retry-After}: seconds, or an HTTP date. */
    static Duration retryAfter(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.strip();
        try {
            return Duration.ofSeconds(Math.max(0, Long.parseLong(v)));
        } catch (NumberFormatException e) {
            try {
                Instant at = ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
                Duration d = Duration.between(Instant.now(), at);
                return d.isNegative() ? Duration.ZERO : d;
            } catch (DateTimeParseException e2) {
                return null;
            }
        }
    }

    private static String seconds(Duration d) {
        return d.toMillis() % 1000 == 0 ? d.toSeconds() + "s" : d.toMillis() + "ms";
    }

    private static String megabytes(long bytes) {
        return bytes % (1024 * 1024) == 0 ? bytes / (1024 * 1024) + " MB" : bytes + " bytes";
    }

    private static String oneLine(Throwable e) {
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return m.replaceAll("\\s+", " ").strip();
    }
}
