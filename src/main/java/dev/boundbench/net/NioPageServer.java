package dev.boundbench.net;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.StandardProtocolFamily;
import java.net.StandardSocketOptions;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

/**
 * The suite's own page server: one platform thread runs a {@link Selector} loop that accepts,
 * reads requests, and writes each answer when its latency is up. Every answer waits the same
 * latency, so the waiting ones form a first-in, first-out queue ordered by their due time: the loop
 * selects until the first is due, to the millisecond below, and parks for the rest of it, so an
 * answer leaves about 0.1 ms after its latency is up, with no thread but the loop and no timer per
 * request. Each page's answer, head and body, is built once in a direct buffer and written from
 * shared read-only views of it.
 */
final class NioPageServer implements PageServer {

    private static final int BACKLOG = 4096;
    private static final int MAX_HEAD_BYTES = 4 * 1024;
    private static final Duration CLOSE_WAIT = Duration.ofSeconds(10);
    private static final long NANOS_PER_MILLI = 1_000_000;

    private final Selector selector;
    private final ServerSocketChannel listener;
    private final Duration latency;
    private final long latencyNanos;
    private final int port;
    private final ArrayDeque<Connection> waiting = new ArrayDeque<>();
    private final Map<Integer, ByteBuffer> pageAnswers = new HashMap<>();
    private final Thread loop;
    private final AtomicInteger requestsRead = new AtomicInteger();
    private volatile boolean closing;
    private volatile Throwable failure;

    private NioPageServer(Selector selector, ServerSocketChannel listener, Duration latency) throws IOException {
        this.selector = selector;
        this.listener = listener;
        this.latency = latency;
        this.latencyNanos = latency.toNanos();
        this.port = ((InetSocketAddress) listener.getLocalAddress()).getPort();
        this.loop = Thread.ofPlatform().name(THREAD_NAME_PREFIX + "nio-" + port).daemon().unstarted(this::run);
    }

    /** Binds an ephemeral port of 127.0.0.1 and starts the loop; on failure nothing is left open. */
    static NioPageServer start(Duration latency) throws IOException {
        Selector selector = Selector.open();
        ServerSocketChannel listener = null;
        try {
            listener = ServerSocketChannel.open(StandardProtocolFamily.INET);
            listener.bind(new InetSocketAddress(Loopback.ADDRESS, 0), BACKLOG);
            listener.configureBlocking(false);
            listener.register(selector, SelectionKey.OP_ACCEPT);
            NioPageServer server = new NioPageServer(selector, listener, latency);
            server.loop.start();
            return server;
        } catch (IOException | RuntimeException | Error e) {
            closeQuietly(listener);
            closeQuietly(selector);
            throw e;
        }
    }

    @Override
    public int port() {
        return port;
    }

    @Override
    public Duration latency() {
        return latency;
    }

    @Override
    public int requestsRead() {
        return requestsRead.get();
    }

    @Override
    public Optional<Throwable> failure() {
        return Optional.ofNullable(failure);
    }

    private void run() {
        try {
            while (!closing) {
                Connection first = waiting.peekFirst();
                long wait = first == null ? 0 : first.due - System.nanoTime();
                if (first == null) {
                    selector.select(this::handle);
                } else if (wait >= NANOS_PER_MILLI) {
                    selector.select(this::handle, wait / NANOS_PER_MILLI);
                } else {
                    if (wait > 0) {
                        LockSupport.parkNanos(wait);
                    }
                    selector.selectNow(this::handle);
                }
                answerDue();
            }
        } catch (Throwable t) {
            failure = t;
        } finally {
            closeEverything();
        }
    }

    private void handle(SelectionKey key) {
        if (key.channel() == listener) {
            acceptAll();
            return;
        }
        Connection connection = (Connection) key.attachment();
        try {
            if (key.isWritable()) {
                write(connection);
            } else if (key.isReadable()) {
                read(connection);
            }
        } catch (IOException gone) {
            connection.close();
        }
    }

    private void acceptAll() {
        SocketChannel channel = null;
        try {
            while ((channel = listener.accept()) != null) {
                channel.configureBlocking(false);
                channel.setOption(StandardSocketOptions.TCP_NODELAY, true);
                Connection connection = new Connection(channel);
                connection.key = channel.register(selector, SelectionKey.OP_READ, connection);
            }
        } catch (IOException e) {
            closeQuietly(channel);
            throw new IllegalStateException("Page server on port " + port + " cannot accept: " + e.getMessage(), e);
        }
    }

    private void read(Connection connection) throws IOException {
        if (connection.channel.read(connection.in) < 0) {
            connection.close();
            return;
        }
        takeRequest(connection);
    }

    /** Answers the request whose head is in the buffer, if a whole one is there. */
    private void takeRequest(Connection connection) throws IOException {
        int end = headEnd(connection.in);
        if (end < 0) {
            if (!connection.in.hasRemaining()) {
                answerNow(connection, 431, "Request Header Fields Too Large",
                        "A request head is at most " + MAX_HEAD_BYTES + " bytes");
            }
            return;
        }
        requestsRead.incrementAndGet();
        String head = new String(connection.in.array(), 0, end, StandardCharsets.ISO_8859_1);
        connection.in.flip().position(end);
        connection.in.compact();
        RequestHead request;
        int kib;
        try {
            request = RequestHead.parse(head);
            if (!request.method().equals("GET")) {
                answerNow(connection, 405, "Method Not Allowed", "Only GET is served, got " + request.method());
                return;
            }
            kib = request.pageKib();
        } catch (IllegalArgumentException e) {
            answerNow(connection, 400, "Bad Request", e.getMessage());
            return;
        }
        connection.closeAfterAnswer = request.close();
        connection.answer = pageAnswer(kib).duplicate();
        connection.due = System.nanoTime() + latencyNanos;
        connection.key.interestOps(0);
        waiting.addLast(connection);
    }

    private void answerDue() {
        long now = System.nanoTime();
        Connection connection;
        while ((connection = waiting.peekFirst()) != null && connection.due - now <= 0) {
            waiting.pollFirst();
            if (connection.channel.isOpen()) {
                try {
                    write(connection);
                } catch (IOException gone) {
                    connection.close();
                }
            }
        }
    }

    private void answerNow(Connection connection, int status, String reason, String text) throws IOException {
        connection.closeAfterAnswer = true;
        connection.answer = answer(status, reason, "text/plain; charset=utf-8",
                (text + "\n").getBytes(StandardCharsets.UTF_8), true);
        write(connection);
    }

    /** Writes what the socket takes; the rest when it is writable again, then reads the next request. */
    private void write(Connection connection) throws IOException {
        connection.channel.write(connection.answer);
        if (connection.answer.hasRemaining()) {
            connection.key.interestOps(SelectionKey.OP_WRITE);
            return;
        }
        connection.answer = null;
        if (connection.closeAfterAnswer) {
            connection.close();
            return;
        }
        connection.key.interestOps(SelectionKey.OP_READ);
        takeRequest(connection);
    }

    private ByteBuffer pageAnswer(int kib) {
        ByteBuffer answer = pageAnswers.get(kib);
        if (answer == null) {
            answer = answer(200, "OK", "application/octet-stream", Pages.bytes(kib), false);
            pageAnswers.put(kib, answer);
        }
        return answer;
    }

    private static ByteBuffer answer(int status, String reason, String type, byte[] body, boolean close) {
        byte[] head = ("HTTP/1.1 " + status + " " + reason + "\r\nContent-Type: " + type + "\r\nContent-Length: "
                + body.length + (close ? "\r\nConnection: close" : "") + "\r\n\r\n")
                .getBytes(StandardCharsets.ISO_8859_1);
        ByteBuffer answer = ByteBuffer.allocateDirect(head.length + body.length).put(head).put(body).flip();
        return answer.asReadOnlyBuffer();
    }

    /** The index just past the first empty line (CRLF CRLF) of the buffer's content, or -1. */
    static int headEnd(ByteBuffer in) {
        byte[] bytes = in.array();
        for (int i = 3; i < in.position(); i++) {
            if (bytes[i] == '\n' && bytes[i - 1] == '\r' && bytes[i - 2] == '\n' && bytes[i - 3] == '\r') {
                return i + 1;
            }
        }
        return -1;
    }

    @Override
    public void close() {
        closing = true;
        selector.wakeup();
        if (Thread.currentThread() == loop) {
            return;
        }
        try {
            if (!loop.join(CLOSE_WAIT)) {
                throw new IllegalStateException("Page server thread " + loop.getName() + " still running "
                        + CLOSE_WAIT.toSeconds() + " s after close");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void closeEverything() {
        waiting.clear();
        for (SelectionKey key : selector.keys()) {
            closeQuietly(key.channel());
        }
        closeQuietly(listener);
        closeQuietly(selector);
    }

    private static void closeQuietly(AutoCloseable closeable) {
        if (closeable == null) {
            return;
        }
        try {
            closeable.close();
        } catch (Exception alreadyBroken) {
            // Closing is all that is left to do with it.
        }
    }

    /** One client connection: its request buffer and the answer on its way, if any. */
    private static final class Connection {
        final SocketChannel channel;
        final ByteBuffer in = ByteBuffer.allocate(MAX_HEAD_BYTES);
        SelectionKey key;
        ByteBuffer answer;
        long due;
        boolean closeAfterAnswer;

        Connection(SocketChannel channel) {
            this.channel = channel;
        }

        void close() {
            key.cancel();
            closeQuietly(channel);
        }
    }
}
