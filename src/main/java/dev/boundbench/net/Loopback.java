package dev.boundbench.net;

import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.time.Duration;

/**
 * A page server on 127.0.0.1 and a client for it: the resource a workload gets by taking a
 * {@code Loopback} parameter, as {@code file-copy} gets its scratch folder. Both run in this JVM,
 * so nothing outlives it: a JVM that ends (Ctrl-C, a failed fork) takes the server's socket with it.
 * The server is the suite's own {@link PageServerKind#NIO} one; its latency is the system property
 * {@value #LATENCY_PROPERTY} (milliseconds, default {@value #DEFAULT_LATENCY_MS}).
 */
public final class Loopback implements AutoCloseable {

    /** The server's latency in milliseconds, 0 to 10,000. */
    public static final String LATENCY_PROPERTY = "boundbench.download.latencyMs";
    /** The latency when {@value #LATENCY_PROPERTY} is not set, in milliseconds. */
    public static final int DEFAULT_LATENCY_MS = 20;

    /** 127.0.0.1, the only address a page server listens on. */
    static final InetAddress ADDRESS = loopbackV4();

    private final PageServer server;
    private final PageClient client;

    /** A server and a client, closed together with it; {@link #start()} makes both. */
    Loopback(PageServer server, PageClient client) {
        this.server = server;
        this.client = client;
    }

    /**
     * Starts a server with the latency of {@value #LATENCY_PROPERTY}, and a client.
     *
     * @throws IllegalArgumentException when the property is not a whole number from 0 to 10,000
     */
    public static Loopback start() {
        return start(latencyFromProperty());
    }

    /** Starts a server with {@code latency}, and a client; on failure nothing is left running. */
    public static Loopback start(Duration latency) {
        PageServer server = PageServerKind.NIO.start(latency);
        try {
            return new Loopback(server, new PageClient());
        } catch (RuntimeException | Error e) {
            server.close();
            throw e;
        }
    }

    /** The latency {@value #LATENCY_PROPERTY} asks for, or the default. */
    static Duration latencyFromProperty() {
        String text = System.getProperty(LATENCY_PROPERTY, Integer.toString(DEFAULT_LATENCY_MS)).strip();
        long max = PageServerKind.MAX_LATENCY.toMillis();
        try {
            int millis = Integer.parseInt(text);
            if (millis >= 0 && millis <= max) {
                return Duration.ofMillis(millis);
            }
        } catch (NumberFormatException notANumber) {
            // Reported below with the range.
        }
        throw new IllegalArgumentException(LATENCY_PROPERTY + " must be a whole number of milliseconds from 0 to "
                + max + ", got \"" + text + "\"");
    }

    /**
     * GETs page {@code kib} (that many KiB) and checks every byte of it.
     *
     * @return the page's CRC32C ({@link Pages#checksum})
     * @throws IOException naming the address and what was wrong with the answer
     */
    public long download(int kib) throws IOException, InterruptedException {
        return client.fetch(server, kib);
    }

    /** The address of page {@code kib}, for workloads that make their own requests. */
    public URI uri(int kib) {
        return server.uri(kib);
    }

    /** The shared JDK client (HTTP/1.1, no proxy), for workloads that make their own requests. */
    public HttpClient client() {
        return client.http();
    }

    /** The page server itself: its port, latency and failure, if any. */
    public PageServer server() {
        return server;
    }

    /** Stops the client, then the server; afterwards the port refuses connections. */
    @Override
    public void close() {
        try {
            client.close();
        } finally {
            server.close();
        }
    }

    private static InetAddress loopbackV4() {
        try {
            return InetAddress.getByAddress("localhost", new byte[] {127, 0, 0, 1});
        } catch (UnknownHostException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
