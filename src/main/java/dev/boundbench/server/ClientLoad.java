package dev.boundbench.server;

import dev.boundbench.workload.CpuWorkloads;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Background clients of a fib server, each on its own platform thread asking for fib({@code n}) in
 * a loop and checking every answer: the CPU hogs (and the background fast client) of the starvation
 * benchmark. {@link #close()} lets each finish the request it is waiting for, then closes it.
 */
public final class ClientLoad implements AutoCloseable {

    /** Every client thread has a name starting with this. */
    public static final String THREAD_NAME_PREFIX = "boundbench-load-";

    private final List<FibClient> clients = new ArrayList<>();
    private final List<Thread> threads = new ArrayList<>();
    private final AtomicLong answered = new AtomicLong();
    private final AtomicReference<String> failure = new AtomicReference<>();
    private final int n;
    private final long expected;
    private volatile boolean stopping;

    private ClientLoad(int port, int count, int n, String name) throws IOException {
        this.n = n;
        this.expected = CpuWorkloads.fib(n);
        try {
            for (int i = 0; i < count; i++) {
                clients.add(new FibClient(port));
            }
        } catch (IOException e) {
            closeClients();
            throw e;
        }
        for (int i = 0; i < count; i++) {
            FibClient client = clients.get(i);
            String threadName = THREAD_NAME_PREFIX + name + "-" + i;
            threads.add(Thread.ofPlatform().name(threadName).start(() -> askUntilStopped(client, threadName)));
        }
    }

    /**
     * Starts {@code count} clients of the server on 127.0.0.1:{@code port}, each asking for
     * fib({@code n}) in a loop; threads named {@code boundbench-load-NAME-i}.
     *
     * @throws IOException when a client cannot connect
     */
    public static ClientLoad start(int port, int count, int n, String name) throws IOException {
        if (count < 0) {
            throw new IllegalArgumentException("A client load needs 0 or more clients, got " + count);
        }
        return new ClientLoad(port, count, n, name);
    }

    private void askUntilStopped(FibClient client, String name) {
        try {
            while (!stopping) {
                long answer = client.ask(n);
                if (answer != expected) {
                    failure.compareAndSet(null, name + " got fib(" + n + ") = " + answer + ", expected " + expected);
                    return;
                }
                answered.incrementAndGet();
            }
        } catch (IOException e) {
            if (!stopping) {
                failure.compareAndSet(null, name + " lost its connection: " + e.getMessage());
            }
        }
    }

    /** Requests answered so far, all clients together. */
    public long answered() {
        return answered.get();
    }

    /**
     * Stops the clients: each finishes the request it waits for, then its connection is closed.
     *
     * @throws IllegalStateException when a client failed while the load ran, or does not stop
     */
    @Override
    public void close() throws InterruptedException {
        stopping = true;
        boolean stuck = false;
        for (Thread thread : threads) {
            stuck |= !thread.join(ServerThreads.CLOSE_WAIT);
        }
        closeClients();
        for (Thread thread : threads) {
            thread.join();
        }
        if (stuck) {
            throw new IllegalStateException("A " + THREAD_NAME_PREFIX + " client still waited for fib(" + n + ") "
                    + ServerThreads.CLOSE_WAIT.toSeconds() + " s after it was told to stop: the server does not answer");
        }
        if (failure.get() != null) {
            throw new IllegalStateException("A background client failed: " + failure.get());
        }
    }

    private void closeClients() {
        for (FibClient client : clients) {
            try {
                client.close();
            } catch (IOException alreadyClosed) {
                // Closed either way.
            }
        }
    }
}
