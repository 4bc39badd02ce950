package dev.boundbench.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.StandardSocketOptions;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A fib server on one thread: a {@code java.nio} {@link Selector} loop over non-blocking sockets,
 * the JVM's counterpart of an asyncio server. The loop reads requests and writes answers for every
 * connection; where the answers are computed is its {@link Offload}. Each connection has at most one
 * request being answered: further lines wait in its buffer, so answers keep request order.
 */
final class EventLoopServer implements FibServer {

    private final ServerThreads threads;
    private final Offload offload;
    private final Selector selector;
    private final ServerSocketChannel listener;
    private final Queue<Runnable> replies = new ConcurrentLinkedQueue<>();
    private final AtomicLong received = new AtomicLong();
    private final Thread loop;
    private volatile boolean closing;
    private volatile Throwable failure;

    private EventLoopServer(ServerThreads threads, Offload offload) throws IOException {
        this.threads = threads;
        this.offload = offload;
        this.selector = Selector.open();
        try {
            this.listener = ServerSocketChannel.open();
            listener.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), FibProtocol.LISTEN_BACKLOG);
            listener.configureBlocking(false);
            listener.register(selector, SelectionKey.OP_ACCEPT);
        } catch (IOException e) {
            selector.close();
            throw e;
        }
        this.loop = threads.startPlatform("loop", this::run);
    }

    /** Starts a server whose loop answers through {@code offload}; closes {@code offload} if it cannot listen. */
    static FibServer start(ServerThreads threads, Offload offload) {
        try {
            return new EventLoopServer(threads, offload);
        } catch (IOException e) {
            offload.close();
            throw new UncheckedIOException("Cannot listen on 127.0.0.1: " + e.getMessage(), e);
        }
    }

    @Override
    public int port() {
        return listener.socket().getLocalPort();
    }

    /**
     * Requests read since the start, over every connection. It never goes back, so a test can wait
     * for a request to have been read however fast it was answered.
     */
    long requestsReceived() {
        return received.get();
    }

    private void run() {
        try {
            while (!closing) {
                selector.select(this::ready);
                for (Runnable reply; (reply = replies.poll()) != null; ) {
                    reply.run();
                }
            }
        } catch (IOException | RuntimeException | Error e) {
            failure = e;
        } finally {
            for (SelectionKey key : selector.keys()) {
                closeQuietly(key);
            }
            try {
                selector.close();
            } catch (IOException e) {
                failure = failure == null ? e : failure;
            }
        }
    }

    private void ready(SelectionKey key) {
        if (key.isAcceptable()) {
            accept();
            return;
        }
        Connection connection = (Connection) key.attachment();
        try {
            if (key.isWritable()) {
                connection.flush();
                connection.serve();
            }
            if (key.isValid() && key.isReadable()) {
                connection.read();
            }
        } catch (IOException peerGone) {
            closeQuietly(key);
        }
    }

    private void accept() {
        SocketChannel channel = null;
        try {
            channel = listener.accept();
            if (channel == null) {
                return;
            }
            channel.configureBlocking(false);
            channel.setOption(StandardSocketOptions.TCP_NODELAY, true);
            SelectionKey key = channel.register(selector, SelectionKey.OP_READ);
            key.attach(new Connection(channel, key));
        } catch (IOException lostBeforeServed) {
            if (channel != null) {
                try {
                    channel.close();
                } catch (IOException alreadyGone) {
                    // Closed either way; the listener goes on.
                }
            }
        }
    }

    private static void closeQuietly(SelectionKey key) {
        key.cancel();
        try {
            key.channel().close();
        } catch (IOException alreadyGone) {
            // Closed either way.
        }
    }

    /** One client's socket, its unread bytes and unwritten answers. */
    private final class Connection {

        private final SocketChannel channel;
        private final SelectionKey key;
        private final ByteBuffer in = ByteBuffer.allocate(FibProtocol.MAX_LINE_BYTES + 1);
        private ByteBuffer out = ByteBuffer.allocate(256);
        private boolean answering;
        private boolean closeAfterFlush;

        Connection(SocketChannel channel, SelectionKey key) {
            this.channel = channel;
            this.key = key;
        }

        void read() throws IOException {
            if (channel.read(in) < 0) {
                closeQuietly(key);
                return;
            }
            serve();
        }

        /**
         * Starts answering the next buffered line, unless one is being answered or an earlier answer
         * is still unwritten (so a client that sends without reading cannot grow the buffers).
         */
        void serve() {
            while (key.isValid() && !answering && !closeAfterFlush && out.position() == 0) {
                String line = nextLine();
                if (line == null) {
                    if (!in.hasRemaining()) {
                        closeAfterFlush = true;
                        queue("error: a request line is longer than " + FibProtocol.MAX_LINE_BYTES + " bytes");
                    }
                    break;
                }
                answering = true;
                received.incrementAndGet();
                offload.answer(line, this::replied);
            }
            interest();
        }

        private String nextLine() {
            for (int i = 0; i < in.position(); i++) {
                if (in.get(i) == '\n') {
                    byte[] bytes = new byte[i];
                    in.flip();
                    in.get(bytes).get();
                    in.compact();
                    return new String(bytes, StandardCharsets.US_ASCII).stripTrailing();
                }
            }
            return null;
        }

        /** Called once per request, on the loop thread or on a pool's thread. */
        private void replied(String answer) {
            if (Thread.currentThread() == loop) {
                answered(answer);
                return;
            }
            replies.add(() -> {
                answered(answer);
                serve();
            });
            selector.wakeup();
        }

        private void answered(String answer) {
            answering = false;
            if (key.isValid()) {
                queue(answer);
            }
        }

        private void queue(String answer) {
            byte[] bytes = (answer.replace('\n', ' ') + "\n").getBytes(StandardCharsets.US_ASCII);
            if (out.remaining() < bytes.length) {
                ByteBuffer bigger = ByteBuffer.allocate(Math.max(out.capacity() * 2, out.position() + bytes.length));
                out.flip();
                out = bigger.put(out);
            }
            out.put(bytes);
            try {
                flush();
            } catch (IOException peerGone) {
                closeQuietly(key);
            }
        }

        void flush() throws IOException {
            out.flip();
            channel.write(out);
            out.compact();
            if (out.position() == 0 && closeAfterFlush) {
                closeQuietly(key);
                return;
            }
            interest();
        }

        /** Reads while it may start the next request; writes while answers are waiting. */
        private void interest() {
            if (key.isValid()) {
                boolean mayRead = !answering && !closeAfterFlush && out.position() == 0;
                key.interestOps((mayRead ? SelectionKey.OP_READ : 0) | (out.position() > 0 ? SelectionKey.OP_WRITE : 0));
            }
        }
    }

    /** Stops the loop, closes every connection, then stops the offload's threads and processes. */
    @Override
    public void close() {
        closing = true;
        selector.wakeup();
        try {
            loop.join(ServerThreads.CLOSE_WAIT);
            listener.close();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot close the fib server: " + e.getMessage(), e);
        } finally {
            offload.close();
            threads.awaitAll();
        }
        if (failure != null) {
            throw new IllegalStateException("The fib server's event loop failed: " + failure, failure);
        }
    }
}
