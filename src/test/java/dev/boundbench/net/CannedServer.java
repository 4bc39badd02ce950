package dev.boundbench.net;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A misbehaving page server for tests: on 127.0.0.1, it answers every request with the same
 * canned bytes and then closes the connection, so that a client can be shown short, long, wrong and
 * garbled answers.
 */
final class CannedServer implements PageServer {

    private final ServerSocket listener;
    private final byte[] answer;
    private final Thread acceptor;
    private final AtomicInteger requestsRead = new AtomicInteger();

    private CannedServer(byte[] answer) throws IOException {
        this.listener = new ServerSocket(0, 50, Loopback.ADDRESS);
        this.answer = answer;
        this.acceptor = Thread.ofPlatform().name(THREAD_NAME_PREFIX + "canned").start(this::serve);
    }

    /** Answers every request with {@code head} (CRLF line ends added) and then {@code body}. */
    static CannedServer answering(String head, byte[] body) throws IOException {
        ByteArrayOutputStream answer = new ByteArrayOutputStream();
        answer.writeBytes((head.replace("\n", "\r\n") + "\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
        answer.writeBytes(body);
        return new CannedServer(answer.toByteArray());
    }

    private void serve() {
        while (!listener.isClosed()) {
            try (Socket connection = listener.accept()) {
                readHead(connection.getInputStream());
                requestsRead.incrementAndGet();
                OutputStream out = connection.getOutputStream();
                out.write(answer);
                out.flush();
            } catch (IOException closed) {
                // The listener was closed, or the client went away: either way, on to the next.
            }
        }
    }

    private static void readHead(InputStream in) throws IOException {
        int matched = 0;
        int b;
        while (matched < 4 && (b = in.read()) >= 0) {
            matched = b == "\r\n\r\n".charAt(matched) ? matched + 1 : b == '\r' ? 1 : 0;
        }
    }

    @Override
    public int port() {
        return listener.getLocalPort();
    }

    @Override
    public Duration latency() {
        return Duration.ZERO;
    }

    @Override
    public int requestsRead() {
        return requestsRead.get();
    }

    @Override
    public Optional<Throwable> failure() {
        return Optional.empty();
    }

    @Override
    public void close() {
        try {
            listener.close();
            acceptor.join(Duration.ofSeconds(10));
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }
}
