package dev.briefly.web;

import dev.briefly.BrieflyException;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

/**
 * Collects a response body up to a byte limit while it streams, and stops the transfer the moment the limit is
 * passed, so an endless or oversized body never fills memory. {@link #cancel()} stops it from outside (the fetch's
 * deadline). One instance serves one response; the HTTP client's threads call the subscriber methods one at a
 * time, and {@link #received()} and {@link #cancel()} may be called from any thread.
 */
final class BodyCollector implements HttpResponse.BodySubscriber<byte[]> {

    private final long limit;
    private final boolean discard;
    private final CompletableFuture<byte[]> result = new CompletableFuture<>();
    private final ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    private volatile Flow.Subscription subscription;
    private volatile long received;

    /** Collects up to {@code limit} bytes; with {@code discard}, takes none and ends the transfer at once. */
    BodyCollector(long limit, boolean discard) {
        this.limit = limit;
        this.discard = discard;
    }

    @Override
    public CompletionStage<byte[]> getBody() {
        return result;
    }

    @Override
    public void onSubscribe(Flow.Subscription s) {
        subscription = s;
        if (discard) {
            // An error page or a redirect needs no body: ending here spares reading an endless one.
            s.cancel();
            result.complete(new byte[0]);
            return;
        }
        s.request(1);
    }

    @Override
    public void onNext(List<ByteBuffer> items) {
        for (ByteBuffer b : items) {
            received += b.remaining();
            if (received > limit) {
                subscription.cancel();
                result.completeExceptionally(new BrieflyException("response too large: over " + limit
                        + " bytes (the input size limit)"));
                return;
            }
            byte[] chunk = new byte[b.remaining()];
            b.get(chunk);
            buffer.write(chunk, 0, chunk.length);
        }
        subscription.request(1);
    }

    @Override
    public void onError(Throwable t) {
        result.completeExceptionally(t);
    }

    @Override
    public void onComplete() {
        result.complete(buffer.toByteArray());
    }

    /** Returns how many body bytes have arrived so far. */
    long received() {
        return received;
    }

    /** Stops the transfer: the connection is closed and the body completes with nothing more. */
    void cancel() {
        Flow.Subscription s = subscription;
        if (s != null) {
            s.cancel();
        }
        result.cancel(false);
    }
}
