package dev.newsgraph.collect.http;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

/**
 * A response body gathered up to a cap: one byte more and the download is cancelled and the body
 * refused (a page cut short would be read as a different, shorter article). A declared length over
 * the cap is refused before any byte is read.
 */
final class CappedBody implements java.net.http.HttpResponse.BodySubscriber<byte[]> {
    /** The body was, or would have been, larger than the cap. */
    static final class TooLarge extends RuntimeException {
        TooLarge() {
            super(null, null, false, false);
        }
    }

    private final CompletableFuture<byte[]> result = new CompletableFuture<>();
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final long cap;
    private final long declared;
    private final boolean skip;
    private Flow.Subscription subscription;

    CappedBody(long cap, long declared) {
        this(cap, declared, false);
    }

    /** @param skip read no body at all (an empty one is given): for answers whose headers are all that matter */
    CappedBody(long cap, long declared, boolean skip) {
        this.cap = cap;
        this.declared = declared;
        this.skip = skip;
    }

    @Override
    public void onSubscribe(Flow.Subscription s) {
        subscription = s;
        if (skip) {
            s.cancel();
            result.complete(new byte[0]);
            return;
        }
        if (declared > cap) {
            s.cancel();
            result.completeExceptionally(new TooLarge());
            return;
        }
        s.request(Long.MAX_VALUE);
    }

    @Override
    public void onNext(List<ByteBuffer> items) {
        if (result.isDone()) {
            return;
        }
        for (ByteBuffer b : items) {
            if (out.size() + (long) b.remaining() > cap) {
                subscription.cancel();
                result.completeExceptionally(new TooLarge());
                return;
            }
            byte[] bytes = new byte[b.remaining()];
            b.get(bytes);
            out.write(bytes, 0, bytes.length);
        }
    }

    @Override
    public void onError(Throwable t) {
        result.completeExceptionally(t);
    }

    @Override
    public void onComplete() {
        result.complete(out.toByteArray());
    }

    @Override
    public CompletionStage<byte[]> getBody() {
        return result;
    }
}
