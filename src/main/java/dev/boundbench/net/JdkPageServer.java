package dev.boundbench.net;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The JDK's {@code com.sun.net.httpserver.HttpServer} as a page server: its dispatcher thread
 * reads requests and hands each to a new virtual thread, which sleeps for the latency and writes
 * the page. Kept beside the suite's own server so that the choice between them can be re-measured
 * ({@code DownloadBenchmark}).
 */
final class JdkPageServer implements PageServer {

    private static final int BACKLOG = 4096;

    private final HttpServer server;
    private final ExecutorService handlers;
    private final Duration latency;
    private final Map<Integer, byte[]> pages = new ConcurrentHashMap<>();
    private final AtomicInteger requestsRead = new AtomicInteger();

    private JdkPageServer(HttpServer server, ExecutorService handlers, Duration latency) {
        this.server = server;
        this.handlers = handlers;
        this.latency = latency;
    }

    static JdkPageServer start(Duration latency) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(Loopback.ADDRESS, 0), BACKLOG);
        ExecutorService handlers = Executors.newThreadPerTaskExecutor(
                Thread.ofVirtual().name(THREAD_NAME_PREFIX + "jdk-" + server.getAddress().getPort() + "-", 0)
                        .factory());
        JdkPageServer pageServer = new JdkPageServer(server, handlers, latency);
        server.setExecutor(handlers);
        server.createContext("/", pageServer::handle);
        server.start();
        return pageServer;
    }

    @Override
    public int port() {
        return server.getAddress().getPort();
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
        return Optional.empty();
    }

    private void handle(HttpExchange exchange) throws IOException {
        requestsRead.incrementAndGet();
        try (exchange) {
            if (!exchange.getRequestMethod().equals("GET")) {
                answerText(exchange, 405, "Only GET is served, got " + exchange.getRequestMethod());
                return;
            }
            int kib;
            try {
                kib = RequestHead.pageKib(exchange.getRequestURI().getRawPath());
            } catch (IllegalArgumentException e) {
                answerText(exchange, 400, e.getMessage());
                return;
            }
            Thread.sleep(latency);
            byte[] page = pages.computeIfAbsent(kib, Pages::bytes);
            exchange.getResponseHeaders().set("Content-Type", "application/octet-stream");
            exchange.sendResponseHeaders(200, page.length == 0 ? -1 : page.length);
            try (OutputStream body = exchange.getResponseBody()) {
                body.write(page);
            }
        } catch (InterruptedException stopping) {
            Thread.currentThread().interrupt();
        }
    }

    private static void answerText(HttpExchange exchange, int status, String text) throws IOException {
        byte[] body = (text + "\n").getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "text/plain; charset=utf-8");
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    @Override
    public void close() {
        server.stop(0);
        handlers.shutdownNow();
        handlers.close();
    }
}
