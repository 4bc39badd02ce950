package dev.boundbench.net;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The JDK's {@link HttpClient} set up for pages on 127.0.0.1 — HTTP/1.1, no proxy, no redirects,
 * its own work on virtual threads — and a {@link #fetch} that checks every byte of a page. One
 * client is meant to serve many requests: it keeps connections open for the next one. Closing it
 * waits for its requests and stops its threads.
 */
public final class PageClient implements AutoCloseable {

    /** The client's own threads (its selector's name is the JDK's: {@code HttpClient-<n>-SelectorManager}). */
    public static final String THREAD_NAME_PREFIX = "boundbench-page-client-";

    /** How long a request may take beyond the server's latency before it fails rather than hangs. */
    static final Duration REQUEST_TIMEOUT_BEYOND_LATENCY = Duration.ofSeconds(30);

    private final ExecutorService executor;
    private final HttpClient client;

    public PageClient() {
        executor = Executors.newThreadPerTaskExecutor(Thread.ofVirtual().name(THREAD_NAME_PREFIX, 0).factory());
        try {
            client = HttpClient.newBuilder()
                    .version(HttpClient.Version.HTTP_1_1)
                    .proxy(HttpClient.Builder.NO_PROXY)
                    .followRedirects(HttpClient.Redirect.NEVER)
                    .connectTimeout(REQUEST_TIMEOUT_BEYOND_LATENCY)
                    .executor(executor)
                    .build();
        } catch (RuntimeException | Error e) {
            executor.close();
            throw e;
        }
    }

    /** The JDK client itself, for workloads that make their own requests. */
    public HttpClient http() {
        return client;
    }

    /**
     * GETs page {@code kib} from {@code server} and checks its status, length and CRC32C.
     *
     * @return the page's CRC32C, as {@link Pages#checksum} gives it
     * @throws IOException naming the address and what was wrong: a status other than 200 (with the
     *         server's text), a short or long body, a wrong checksum, or the transport's error
     */
    public long fetch(PageServer server, int kib) throws IOException, InterruptedException {
        Pages.checkSize(kib);
        URI uri = server.uri(kib);
        HttpRequest request = HttpRequest.newBuilder(uri)
                .timeout(server.latency().plus(REQUEST_TIMEOUT_BEYOND_LATENCY))
                .GET()
                .build();
        PageBody body;
        int status;
        try {
            HttpResponse<PageBody> response = client.send(request, PageBody.HANDLER);
            body = response.body();
            status = response.statusCode();
        } catch (IOException e) {
            String serverFailure = server.failure().map(f -> "; the page server failed: " + f).orElse("");
            throw new IOException("GET " + uri + " failed: " + e + serverFailure, e);
        }
        if (status != 200) {
            throw new IOException("GET " + uri + " answered HTTP " + status + ": " + body.text());
        }
        long expectedBytes = kib * 1024L;
        if (body.bytes() != expectedBytes) {
            throw new IOException("GET " + uri + " gave " + body.bytes() + " bytes, expected " + expectedBytes);
        }
        long expected = Pages.checksum(kib);
        if (body.checksum() != expected) {
            throw new IOException(String.format(Locale.ROOT, "GET %s gave %d bytes with CRC32C %08x, expected %08x",
                    uri, body.bytes(), body.checksum(), expected));
        }
        return body.checksum();
    }

    /** Waits for requests in flight, then stops the client's selector and its virtual threads. */
    @Override
    public void close() {
        try {
            client.close();
        } finally {
            executor.close();
        }
    }
}
