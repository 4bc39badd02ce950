package dev.boundbench.server;

/**
 * The articles' fib server: a TCP server on 127.0.0.1 (an ephemeral port) that answers each line
 * {@code n} with {@code fib(n)}, or {@code error: …}, one answer per request in request order on
 * each connection. How it runs the requests is its {@link ServerModel}. Closing it closes every
 * connection and waits for every thread and worker process it started.
 */
public interface FibServer extends AutoCloseable {

    /** Every thread a server starts has a name starting with this (its process pool's excepted). */
    String THREAD_NAME_PREFIX = "boundbench-server-";

    /**
     * Starts a server of {@code model} on an ephemeral port of 127.0.0.1.
     *
     * @throws java.io.UncheckedIOException when it cannot listen
     * @throws IllegalStateException when the model cannot run on this JVM, naming why
     */
    static FibServer start(ServerModel model) {
        return model.start();
    }

    /** The port it listens on. */
    int port();

    /** Stops listening, closes every connection and waits for the server's threads and processes to end. */
    @Override
    void close();
}
