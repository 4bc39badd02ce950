package dev.boundbench.server;

import dev.boundbench.workload.CpuWorkloads;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadFactory;

/**
 * The articles' fib server: a TCP server on 127.0.0.1 that answers each line {@code n} with
 * {@code fib(n)} (or {@code error: …}), one handler thread per connection. Closing it closes every
 * connection and waits for every thread it started.
 */
public final class FibServer implements AutoCloseable {

    /** Every thread of the server has a name starting with this. */
    public static final String THREAD_NAME_PREFIX = "boundbench-server-";

    private static final Duration CLOSE_WAIT = Duration.ofSeconds(30);

    private final ServerSocket listener;
    private final ThreadFactory handlers;
    private final Set<Socket> connections = ConcurrentHashMap.newKeySet();
    private final Set<Thread> threads = ConcurrentHashMap.newKeySet();
    private final Thread acceptor;

    private FibServer(ServerModel model) throws IOException {
        this.listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        this.handlers = model.handlers();
        this.acceptor = Thread.ofPlatform().name(THREAD_NAME_PREFIX + "accept").unstarted(this::acceptAll);
        threads.add(acceptor);
        acceptor.start();
    }

    /** Starts a server on an ephemeral port of 127.0.0.1. */
    public static FibServer start(ServerModel model) {
        try {
            return new FibServer(model);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot listen on 127.0.0.1", e);
        }
    }

    /** The port it listens on. */
    public int port() {
        return listener.getLocalPort();
    }

    private void acceptAll() {
        while (!listener.isClosed()) {
            try {
                Socket connection = listener.accept();
                connection.setTcpNoDelay(true);
                connections.add(connection);
                Thread handler = handlers.newThread(() -> serve(connection));
                threads.removeIf(thread -> thread.getState() == Thread.State.TERMINATED);
                threads.add(handler);
                handler.start();
            } catch (IOException closed) {
                return;
            }
        }
    }

    private void serve(Socket connection) {
        try (connection;
             BufferedReader in = new BufferedReader(new InputStreamReader(connection.getInputStream(),
                     StandardCharsets.US_ASCII))) {
            OutputStream out = connection.getOutputStream();
            String line;
            while ((line = in.readLine()) != null) {
                out.write((answer(line) + "\n").getBytes(StandardCharsets.US_ASCII));
                out.flush();
            }
        } catch (IOException closedByPeerOrServer) {
            // The connection is over either way.
        } finally {
            connections.remove(connection);
        }
    }

    static String answer(String line) {
        try {
            return Long.toString(CpuWorkloads.fib(Integer.parseInt(line.strip())));
        } catch (NumberFormatException e) {
            return "error: expected a whole number n, got \"" + line + "\"";
        } catch (IllegalArgumentException e) {
            return "error: " + e.getMessage();
        }
    }

    /** Stops listening, closes every connection and waits for the server's threads to end. */
    @Override
    public void close() {
        try {
            listener.close();
            for (Socket connection : connections) {
                connection.close();
            }
            for (Thread thread : threads) {
                if (!thread.join(CLOSE_WAIT)) {
                    throw new IllegalStateException("Server thread " + thread.getName() + " still running "
                            + CLOSE_WAIT.toSeconds() + " s after close");
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot close the fib server", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
