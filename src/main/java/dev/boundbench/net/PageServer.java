package dev.boundbench.net;

import java.net.URI;
import java.time.Duration;
import java.util.Optional;

/**
 * An HTTP/1.1 server on 127.0.0.1 (an ephemeral port) that answers {@code GET /<KiB>} with that
 * {@linkplain Pages page} after a set latency, keeping connections open for the next request.
 * Anything else gets a 4xx answer whose text names what was wrong. Closing it closes every
 * connection and waits for its threads; afterwards the port refuses connections.
 */
public interface PageServer extends AutoCloseable {

    /** Every thread a page server starts has a name starting with this. */
    String THREAD_NAME_PREFIX = "boundbench-page-server-";

    /** The port it listens on, on 127.0.0.1. */
    int port();

    /** How long it waits after reading a request before it answers. */
    Duration latency();

    /** How many requests it has read since it started, answered or still waiting for their latency. */
    int requestsRead();

    /** Why the server stopped serving on its own, if it did; it has then closed every connection. */
    Optional<Throwable> failure();

    /** The address of page {@code kib}. */
    default URI uri(int kib) {
        return URI.create("http://127.0.0.1:" + port() + "/" + kib);
    }

    /** Stops listening, closes every connection and waits for the server's threads to end. */
    @Override
    void close();
}
