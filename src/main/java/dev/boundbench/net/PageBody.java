package dev.boundbench.net;

import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodySubscriber;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;
import java.util.zip.CRC32C;

/**
 * What a client got for a page: for a 200 answer the body's length and CRC32C, worked out as the
 * bytes stream in (no copy of the body is kept); for any other status its text, to quote.
 *
 * @param bytes the body's length, in bytes
 * @param checksum the body's CRC32C
 * @param text the body as text when the status is not 200, else empty
 */
record PageBody(long bytes, long checksum, String text) {

    /** Reads a 200 answer's body into its length and checksum, any other's as text. */
    static final HttpResponse.BodyHandler<PageBody> HANDLER = info -> info.statusCode() == 200
            ? new Checksummer()
            : HttpResponse.BodySubscribers.mapping(HttpResponse.BodySubscribers.ofString(StandardCharsets.UTF_8),
                    text -> new PageBody(0, 0, text.strip()));

    /** Counts and checksums the body's buffers as they arrive. */
    private static final class Checksummer implements BodySubscriber<PageBody> {
        private final CompletableFuture<PageBody> result = new CompletableFuture<>();
        private final CRC32C crc = new CRC32C();
        private long bytes;

        @Override
        public CompletionStage<PageBody> getBody() {
            return result;
        }

        @Override
        public void onSubscribe(Flow.Subscription subscription) {
            subscription.request(Long.MAX_VALUE);
        }

        @Override
        public void onNext(List<ByteBuffer> buffers) {
            for (ByteBuffer buffer : buffers) {
                bytes += buffer.remaining();
                crc.update(buffer);
            }
        }

        @Override
        public void onError(Throwable error) {
            result.completeExceptionally(error);
        }

        @Override
        public void onComplete() {
            result.complete(new PageBody(bytes, crc.getValue(), ""));
        }
    }
}
