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
 * The least recently used answers go first once the kept bodies pass {@code maxChars}.
 * Thread-safe.
 */
final class AnswerCache {
    /** The largest body kept (a bigger one is answered, not kept). */
    static final int MAX_BODY_CHARS = 1 << 20;

    private record Answer(long revision, String contentType, String body) {
    }

    private final LongSupplier revision;
    private final long maxChars;
    private final Map<String, Answer> answers = new LinkedHashMap<>(1024, 0.75f, true);
    private long chars;
    private long hits;
    private long misses;

    /**
     * @param revision the store's current revision ({@link dev.newsgraph.store.Store#revision()})
     * @param maxChars characters of bodies kept at most; 0 keeps none
     */
    AnswerCache(LongSupplier revision, long maxChars) {
        this.revision = revision;
        this.maxChars = maxChars;
    }

    /** The handler answering from the cache where it can, else by {@code route}, keeping a 200 answer. */
    Handler wrap(Handler route) {
        if (maxChars <= 0) {
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
            if (ctx.statusCode() == 200 && ctx.res().getContentType() != null) {
                String body = ctx.result();
                if (body != null && body.length() <= MAX_BODY_CHARS) {
                    put(key, new Answer(now, ctx.res().getContentType(), body));
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
        chars += a.body().length() - (old == null ? 0 : old.body().length());
        var eldest = answers.entrySet().iterator();
        while (chars > maxChars && eldest.hasNext()) {
            chars -= eldest.next().getValue().body().length();
            eldest.remove();
        }
    }

    /** Answers served from the cache and not, since the start. */
    synchronized long[] counts() {
        return new long[] {hits, misses};
    }
}
