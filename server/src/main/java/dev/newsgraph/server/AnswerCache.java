package dev.newsgraph.server;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * The answers of read routes (a JSON body or a page), kept by URL for as long as the store's
 * revision stays: an answer is served again only while no article has been stored since it
 * was made, by this server's readers or by an ingest in another process, so it is never stale.
 * The least recently used answers go first once the kept bodies pass {@code maxBytes}.
 * Thread-safe.
 */
final class AnswerCache {
    /** The largest body kept, in bytes (a bigger one is answered, not kept). */
    static final int MAX_BODY_BYTES = 1 << 20;

    /** A kept answer: its body as the bytes sent (UTF-8), so that serving it again makes no garbage. */
    private record Answer(long revision, String contentType, byte[] body) {
    }

    private final LongSupplier revision;
    private final long maxBytes;
    private final Map<String, Answer> answers = new LinkedHashMap<>(1024, 0.75f, true);
    private long bytes;
    private long hits;
    private long misses;

    /**
     * @param revision the store's current revision ({@link dev.newsgraph.store.Store#revision()})
     * @param maxBytes bytes of bodies kept at most; 0 keeps none
     */
    AnswerCache(LongSupplier revision, long maxBytes) {
        this.revision = revision;
        this.maxBytes = maxBytes;
    }

    /** The handler answering from the cache where it can, else by {@code route}, keeping a 200 answer. */
    Handler wrap(Handler route) {
        if (maxBytes <= 0) {
            return route;
        }
        return ctx -> {
            String key = ctx.method() + " " + ctx.path() + "?" + (ctx.queryString() == null ? "" : ctx.queryString());
            long now = revision.getAsLong();
            Answer kept = get(key, now);
            if (kept != null) {
                ctx.contentType(kept.contentType()).result(kept.body());
                return;
            }
            route.handle(ctx);
            java.io.InputStream result = ctx.resultInputStream();
            if (ctx.statusCode() == 200 && ctx.res().getContentType() != null && result instanceof java.io.ByteArrayInputStream) {
                // the bytes Javalin made of the route's text, taken once (the stream is read whole and replaced)
                byte[] sent = result.readAllBytes();
                ctx.result(sent);
                if (sent.length <= MAX_BODY_BYTES) {
                    put(key, new Answer(now, ctx.res().getContentType(), sent));
                }
            }
        };
    }

    private synchronized Answer get(String key, long now) {
        Answer a = answers.get(key);
        if (a == null || a.revision() != now) {
            misses++;
            return null;
        }
        hits++;
        return a;
    }

    private synchronized void put(String key, Answer a) {
        Answer old = answers.put(key, a);
        bytes += a.body().length - (old == null ? 0 : old.body().length);
        var eldest = answers.entrySet().iterator();
        while (bytes > maxBytes && eldest.hasNext()) {
            bytes -= eldest.next().getValue().body().length;
            eldest.remove();
        }
    }

    /** Answers served from the cache and not, since the start. */
    synchronized long[] counts() {
        return new long[] {hits, misses};
    }
}
