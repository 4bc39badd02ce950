package dev.boundbench.server;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadFactory;

/**
 * A fib server with blocking sockets and one handler thread per connection, which computes each
 * answer itself: platform or virtual threads, as the factory makes them. An acceptor thread takes
 * the connections.
 */
final class ThreadPerConnectionServer implements FibServer {

    private final ServerSocket listener;
    private final ServerThreads threads;
    private final ThreadFactory handlers;
    private final AutoCloseable scheduler;
    private final Set<Socket> connections = ConcurrentHashMap.newKeySet();
    /** Held while a connection is taken on and while the server closes, so that none starts after close. */
    private final Object lifecycle = new Object();

    /**
     * @param handlers makes each connection's thread; its threads must be tracked by {@code threads}
     * @param scheduler closed last, after every handler has ended (a virtual-thread carrier), or a no-op
     */
    private ThreadPerConnectionServer(ServerThreads threads, ThreadFactory handlers, AutoCloseable scheduler)
            throws IOException {
        this.listener = new ServerSocket(0, FibProtocol.LISTEN_BACKLOG, InetAddress.getLoopbackAddress());
        this.threads = threads;
        this.handlers = handlers;
        this.scheduler = scheduler;
        threads.startPlatform("accept", this::acceptAll);
    }

    static FibServer start(ServerThreads threads, ThreadFactory handlers, AutoCloseable scheduler) {
        try {
            return new ThreadPerConnectionServer(threads, handlers, scheduler);
        } catch (IOException e) {
            close(scheduler);
            throw new UncheckedIOException("Cannot listen on 127.0.0.1: " + e.getMessage(), e);
        }
    }

    @Override
    public int port() {
        return listener.getLocalPort();
    }

    private void acceptAll() {
        while (!listener.isClosed()) {
            try {
                Socket connection = listener.accept();
                synchronized (lifecycle) {
                    if (listener.isClosed()) {
                        connection.close();
                        return;
                    }
                    connection.setTcpNoDelay(true);
                    connections.add(connection);
                    handlers.newThread(() -> serve(connection)).start();
                }
            } catch (IOException listenerClosed) {
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
                out.write((FibProtocol.answer(line) + "\n").getBytes(StandardCharsets.US_ASCII));
                out.flush();
            }
        } catch (IOException closedByPeerOrServer) {
            // The connection is over either way.
        } finally {
            connections.remove(connection);
        }
    }

    @Override
    public void close() {
        try {
            synchronized (lifecycle) {
                listener.close();
                for (Socket connection : connections) {
                    connection.close();
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot close the fib server: " + e.getMessage(), e);
        } finally {
            threads.awaitAll();
            close(scheduler);
        }
    }

    private static void close(AutoCloseable scheduler) {
        try {
            scheduler.close();
        } catch (Exception e) {
            throw new IllegalStateException("Cannot stop the fib server's scheduler: " + e.getMessage(), e);
        }
    }
}
