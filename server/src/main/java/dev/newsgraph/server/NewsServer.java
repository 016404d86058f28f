package dev.newsgraph.server;

import dev.newsgraph.model.RecordCodec;
import dev.newsgraph.store.Store;
import dev.newsgraph.store.StoreException;
import io.javalin.Javalin;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.HttpStatus;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The HTTP server of {@code newsgraph serve}: the REST API, the OpenAPI document, the web UI and
 * its static files, over a pool of read-only store handles. Only GET and HEAD are answered (405
 * otherwise); every response carries a strict Content-Security-Policy; errors answer a short
 * message, never a stack trace.
 */
public final class NewsServer implements AutoCloseable {
    /** The policy of every response: scripts and styles from this server only, nothing inline. */
    static final String CSP = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "connect-src 'self'; font-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";
    private static final int MAX_QUERY_LENGTH = 2048;
    private static final Set<String> READ_METHODS = Set.of("GET", "HEAD");
    /** 421 Misdirected Request: the request names a host this server is not. */
    private static final int MISDIRECTED = 421;
    /** Jetty's threads: the acceptor and selector's, and request threads for twice the cores. */
    private static final int REQUEST_THREADS = 4 + 2 * Runtime.getRuntime().availableProcessors();

    private final StorePool pool;
    private final StorePool exports;
    private final Javalin app;
    private final AnswerCache cache;

    /**
     * How to serve.
     *
     * @param db          the store (a folder, a .db file or a postgresql:// URL); it must exist
     * @param bind        the address to listen on
     * @param port        the port (0: any free one)
     * @param allowRemote whether a non-loopback {@code bind} is allowed
     * @param rateLimit   requests a second per client address (0: no limit)
     * @param readers     store handles reading in parallel for the answers made whole before they are sent
     * @param cacheMegabytes answers kept while the store is unchanged ({@link AnswerCache}), in MB; 0: none
     * @param allowedHosts names besides loopback and {@code bind} that requests may give as their Host ({@link AllowedHosts})
     * @param exportReaders store handles for exports, streamed for as long as their clients take: as many
     *                    exports are answered at once, one more is refused (503) at once
     * @param handleWait  how long a request waits for a free store handle before it is answered 503
     * @param queryTime   how long one read may run in the database ({@link Store#limitQueryTime})
     * @param exportQueryTime how long an export's read may run in the database (the time its client takes
     *                    to read not counted)
     */
    public record Settings(String db, String bind, int port, boolean allowRemote, int rateLimit, int readers,
                           int cacheMegabytes, List<String> allowedHosts, int exportReaders, Duration handleWait,
                           Duration queryTime, Duration exportQueryTime, String password) {
        public Settings {
            if (port < 0 || port > 65535) {
                throw new IllegalArgumentException("port must be between 0 and 65535: " + port);
            }
            if (readers < 1) {
                throw new IllegalArgumentException("readers must be positive: " + readers);
            }
            if (exportReaders < 1) {
                throw new IllegalArgumentException("export readers must be positive: " + exportReaders);
            }
            if (cacheMegabytes < 0) {
                throw new IllegalArgumentException("cache size must be 0 or more: " + cacheMegabytes);
            }
            for (Duration d : List.of(handleWait, queryTime, exportQueryTime)) {
                if (d.isNegative()) {
                    throw new IllegalArgumentException("a time limit must not be negative: " + d);
                }
            }
            for (String host : allowedHosts) {
                if (host.isBlank() || !host.strip().matches("[\\p{Alnum}._\\-:\\[\\]%]+")) {
                    throw new IllegalArgumentException("not a host name: '" + host + "'");
                }
            }
            allowedHosts = List.copyOf(allowedHosts);
        }

        /** With the defaults for the rest: no further hosts, {@link #EXPORT_READERS} export handles, the default time limits. */
        public Settings(String db, String bind, int port, boolean allowRemote, int rateLimit, int readers, int cacheMegabytes) {
            this(db, bind, port, allowRemote, rateLimit, readers, cacheMegabytes, List.of(), EXPORT_READERS, HANDLE_WAIT,
                    QUERY_TIME, EXPORT_QUERY_TIME, null);
        }

        /** Loopback, the given port, 100 requests a second per client, 8 readers, 64 MB of answers kept. */
        public static Settings local(String db, int port) {
            return new Settings(db, "127.0.0.1", port, false, 100, 8, DEFAULT_CACHE_MB);
        }

        /** These settings, requests giving one of {@code hosts} as their Host answered too. */
        public Settings withAllowedHosts(List<String> hosts) {
            return new Settings(db, bind, port, allowRemote, rateLimit, readers, cacheMegabytes, hosts, exportReaders,
                    handleWait, queryTime, exportQueryTime, password);
        }

        /** These settings with other store handles and time limits. */
        public Settings withLimits(int readers, int exportReaders, Duration handleWait, Duration queryTime, Duration exportQueryTime) {
            return new Settings(db, bind, port, allowRemote, rateLimit, readers, cacheMegabytes, allowedHosts, exportReaders,
                    handleWait, queryTime, exportQueryTime, password);
        }

        /**
         * These settings with the store's PostgreSQL password given apart from its URL (a password
         * file's); null leaves it to PGPASSWORD or ~/.pgpass. Never shown: {@link #toString()} masks it.
         */
        public Settings withPassword(String password) {
            return new Settings(db, bind, port, allowRemote, rateLimit, readers, cacheMegabytes, allowedHosts, exportReaders,
                    handleWait, queryTime, exportQueryTime, password);
        }

        @Override
        public String toString() {
            return "Settings[db=" + dev.newsgraph.store.Secrets.mask(db) + ", bind=" + bind + ", port=" + port
                    + ", password=" + (password == null ? "none" : "***") + "]";
        }
    }

    /** Exports answered at once unless told otherwise. */
    public static final int EXPORT_READERS = 2;
    /**
     * How long a request waits for a store handle unless told otherwise: handles are taken only while a
     * query runs, which is milliseconds, so a longer wait means the server is overloaded and the client
     * is better told to come back than kept waiting with its connection and a thread.
     */
    public static final Duration HANDLE_WAIT = Duration.ofSeconds(5);
    /** How long one read may run unless told otherwise: ample for every page's query on a big store. */
    public static final Duration QUERY_TIME = Duration.ofSeconds(10);
    /** How long an export's reading may run in the database unless told otherwise (a whole corpus). */
    public static final Duration EXPORT_QUERY_TIME = Duration.ofMinutes(10);

    /** Megabytes of answers a server keeps unless told otherwise. */
    public static final int DEFAULT_CACHE_MB = 64;

    private NewsServer(StorePool pool, StorePool exports, Javalin app, AnswerCache cache) {
        this.pool = pool;
        this.exports = exports;
        this.app = app;
        this.cache = cache;
    }

    /** Answers served from the cache, and answers made, since the start. */
    public long[] cacheCounts() {
        return cache.counts();
    }

    /**
     * Opens the store and starts listening.
     *
     * @throws IllegalArgumentException where the address is not loopback and remote access was not allowed
     * @throws StoreException           where the store cannot be opened
     */
    public static NewsServer start(Settings settings) {
        InetAddress address;
        try {
            address = InetAddress.getByName(settings.bind());
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("unknown address to bind: " + settings.bind());
        }
        if (!address.isLoopbackAddress() && !settings.allowRemote()) {
            throw new IllegalArgumentException("refusing to listen on " + settings.bind()
                    + ", which other machines can reach: add --allow-remote to mean it");
        }
        StorePool pool = new StorePool(settings.db(), settings.password(), "requests", settings.readers(),
                settings.handleWait(), settings.queryTime());
        StorePool exports;
        try {
            // an export is refused at once when every export handle streams: waiting would hold a thread for it
            exports = new StorePool(settings.db(), settings.password(), "exports", settings.exportReaders(),
                    Duration.ZERO, settings.exportQueryTime());
        } catch (RuntimeException e) {
            pool.close();
            throw e;
        }
        try {
            AnswerCache cache = new AnswerCache(() -> pool.read(Store::revision), settings.cacheMegabytes() * 1024L * 1024);
            AllowedHosts hosts = new AllowedHosts(settings.bind(), address, settings.allowedHosts());
            Javalin app = build(pool, exports, hosts, new RateLimiter(settings.rateLimit()), cache, settings.exportReaders());
            app.start(settings.bind(), settings.port());
            return new NewsServer(pool, exports, app, cache);
        } catch (RuntimeException e) {
            pool.close();
            exports.close();
            throw e;
        }
    }

    /** The port listened on (the one chosen where 0 was asked). */
    public int port() {
        return app.port();
    }

    /** Where the data is read from. */
    public String location() {
        return pool.location();
    }

    @Override
    public void close() {
        try {
            app.stop();
        } catch (RuntimeException e) {
            // open keep-alive connections outlasting the graceful stop: the server is stopped all the same
        }
        pool.close();
        exports.close();
    }

    private static Javalin build(StorePool pool, StorePool exports, AllowedHosts hosts, RateLimiter limiter,
                                 AnswerCache cache, int exportReaders) {
        StoreQueries queries = new StoreQueries(pool, exports);
        ApiRoutes api = new ApiRoutes(queries);
        WebPages pages = new WebPages(queries, new Templates());
        String openApi = resource("openapi.json");
        // the record's JSON Schema, as the model module ships it: the one the tests validate every record with
        String recordSchema = resource("/dev/newsgraph/model/newsgraph-1.schema.json");
        Javalin app = Javalin.create(cfg -> {
            cfg.startup.showJavalinBanner = false;
            cfg.startup.startupWatcherEnabled = false;
            cfg.jsonMapper(new JavalinJackson(RecordCodec.mapper().copy(), false));
            cfg.http.maxRequestSize = 16 * 1024;
            cfg.http.prefer405over404 = true;
            cfg.staticFiles.add(sf -> {
                sf.hostedPath = "/static";
                sf.directory = "/dev/newsgraph/server/static";
                sf.location = Location.CLASSPATH;
            });
            cfg.staticFiles.enableWebjars();
            cfg.jetty.modifyServer(server -> server.setStopTimeout(1000));
            // a few request threads, as many as the cores can run: requests then queue and are answered in
            // turn, each at full speed, rather than all slowed together (which makes the slow ones slower);
            // and one more for each export, which holds its thread for as long as its client takes to read
            cfg.jetty.threadPool = new org.eclipse.jetty.util.thread.QueuedThreadPool(
                    Integer.getInteger("newsgraph.serve.threads", REQUEST_THREADS) + exportReaders, 4, 60_000);
            routes(cfg.routes, pages, api, cache, hosts, limiter, openApi, recordSchema);
        });
        return app;
    }

    /** Every route, the checks before them and the answers to errors: all set before the server starts. */
    private static void routes(RoutesConfig app, WebPages pages, ApiRoutes api, AnswerCache cache, AllowedHosts hosts,
                               RateLimiter limiter, String openApi, String recordSchema) {
        app.before(ctx -> {
            secure(ctx);
            if (!hosts.allows(ctx.header("Host"))) {
                throw new HttpResponseException(MISDIRECTED, "this server does not answer to the host name "
                        + hostShown(ctx.header("Host")) + " (a guard against DNS rebinding; serve --allow-host NAME adds a name)");
            }
            if (!READ_METHODS.contains(ctx.method().name()) && !"OPTIONS".equals(ctx.method().name())) {
                ctx.header("Allow", "GET, HEAD");
                throw new HttpResponseException(HttpStatus.METHOD_NOT_ALLOWED.getCode(),
                        "read-only: only GET and HEAD are answered");
            }
            String q = ctx.queryString();
            if (q != null && q.length() > MAX_QUERY_LENGTH) {
                throw new HttpResponseException(HttpStatus.URI_TOO_LONG.getCode(), "query string too long");
            }
            if (!limiter.allow(ctx.ip())) {
                ctx.header("Retry-After", "1");
                throw new HttpResponseException(HttpStatus.TOO_MANY_REQUESTS.getCode(), "too many requests, slow down");
            }
        });
        app.get("/openapi.json", ctx -> ctx.contentType("application/json; charset=utf-8").result(openApi));
        app.get("/api/schema/newsgraph-1.json",
                ctx -> ctx.contentType("application/schema+json; charset=utf-8").result(recordSchema));
        api.register(app, cache);
        pages.register(app, openApi, cache);
        app.exception(BadRequest.class, (e, ctx) -> fail(ctx, pages, 400, e.getMessage()));
        app.exception(NotFound.class, (e, ctx) -> fail(ctx, pages, 404, e.getMessage()));
        app.exception(HttpResponseException.class, (e, ctx) -> fail(ctx, pages, e.getStatus(), e.getMessage()));
        app.exception(Busy.class, (e, ctx) -> {
            ctx.header("Retry-After", Integer.toString(e.retryAfterSeconds()));
            fail(ctx, pages, 503, e.getMessage());
        });
        app.exception(StoreException.class, (e, ctx) -> {
            System.err.println("newsgraph serve: " + e.getMessage());
            fail(ctx, pages, 503, "the store cannot answer now");
        });
        app.exception(Exception.class, (e, ctx) -> {
            System.err.println("newsgraph serve: " + ctx.method() + " " + ctx.path() + ": " + e);
            fail(ctx, pages, 500, "internal error");
        });
        app.error(404, ctx -> {
            if (ctx.result() == null) {
                fail(ctx, pages, 404, "not found: " + ctx.path());
            }
        });
        app.error(405, ctx -> {
            ctx.header("Allow", "GET, HEAD");
            if (ctx.result() == null) {
                fail(ctx, pages, 405, "read-only: only GET and HEAD are answered");
            }
        });
    }

    /** A Host header in a message: quoted, at most 100 characters, nothing but printable ASCII. */
    private static String hostShown(String host) {
        if (host == null || host.isEmpty()) {
            return "(none given)";
        }
        String h = host.length() > 100 ? host.substring(0, 100) + "..." : host;
        return "'" + h.replaceAll("[^\\x20-\\x7e]", "?") + "'";
    }

    private static void secure(Context ctx) {
        ctx.header("Content-Security-Policy", CSP);
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("Referrer-Policy", "no-referrer");
        ctx.header("X-Frame-Options", "DENY");
        ctx.header("Cross-Origin-Opener-Policy", "same-origin");
        ctx.header("Cross-Origin-Resource-Policy", "same-origin");
    }

    /** An error: JSON under /api, a small page elsewhere. */
    private static void fail(Context ctx, WebPages pages, int status, String message) {
        secure(ctx);
        ctx.status(status);
        if (ctx.path().startsWith("/api") || ctx.path().equals("/openapi.json")) {
            // in the documented order (Map.of's order changes from one JVM to the next)
            Map<String, Object> body = new java.util.LinkedHashMap<>();
            body.put("status", status);
            body.put("error", message == null ? "error" : message);
            ctx.json(body);
        } else {
            ctx.contentType("text/html; charset=utf-8").result(pages.error(status, message));
        }
    }

    static String resource(String name) {
        try (InputStream in = NewsServer.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
