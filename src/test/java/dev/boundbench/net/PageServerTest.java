package dev.boundbench.net;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.boundbench.engine.Await;
import dev.boundbench.engine.Engine;
import dev.boundbench.engine.EngineType;
import dev.boundbench.engine.LiveThreads;
import dev.boundbench.workload.Task;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Both page servers over real sockets on 127.0.0.1: pages, errors, keep-alive, latency, close. */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class PageServerTest {

    @ParameterizedTest
    @EnumSource(PageServerKind.class)
    void fetch_givesEveryPageWithItsExactChecksum(PageServerKind kind) throws Exception {
        try (PageServer server = kind.start(Duration.ZERO); PageClient client = new PageClient()) {
            assertEquals(0L, client.fetch(server, 0), "an empty page's CRC32C");
            assertEquals(0xc5550ad7L, client.fetch(server, 1));
            assertEquals(0x45ac4feeL, client.fetch(server, 64));
            assertEquals(0xe817cc05L, client.fetch(server, 1024));
        }
    }

    @ParameterizedTest
    @EnumSource(PageServerKind.class)
    void rawGet_answersThePageBytesAndKeepsTheConnectionOpen(PageServerKind kind) throws Exception {
        try (PageServer server = kind.start(Duration.ZERO);
             Socket socket = new Socket(Loopback.ADDRESS, server.port())) {
            for (int kib : new int[] {3, 2}) {
                send(socket, "GET /" + kib + " HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
                String head = readHead(socket.getInputStream());
                assertTrue(head.startsWith("HTTP/1.1 200 OK\r\n"), head);
                assertTrue(head.toLowerCase(Locale.ROOT).contains("content-length: " + kib * 1024 + "\r\n"), head);
                assertArrayEquals(Pages.bytes(kib), socket.getInputStream().readNBytes(kib * 1024));
            }
        }
    }

    @ParameterizedTest
    @EnumSource(PageServerKind.class)
    void badRequests_getA4xxThatNamesTheProblem(PageServerKind kind) throws Exception {
        try (PageServer server = kind.start(Duration.ZERO); PageClient client = new PageClient()) {
            assertEquals("HTTP/1.1 400 No page \"/abc\": the pages are /0 to /65536 (KiB)",
                    statusAndText(server, "GET /abc HTTP/1.1"));
            assertEquals("HTTP/1.1 400 No page \"/65537\": the pages are /0 to /65536 (KiB)",
                    statusAndText(server, "GET /65537 HTTP/1.1"));
            assertEquals("HTTP/1.1 405 Only GET is served, got DELETE", statusAndText(server, "DELETE /1 HTTP/1.1"));
            IllegalArgumentException tooBig = assertThrows(IllegalArgumentException.class,
                    () -> client.fetch(server, Pages.MAX_KIB + 1));
            assertEquals("A page is 0 to 65536 KiB, got 65537", tooBig.getMessage());
        }
    }

    @ParameterizedTest
    @EnumSource(PageServerKind.class)
    void answer_waitsAtLeastTheLatency(PageServerKind kind) throws Exception {
        try (PageServer server = kind.start(Duration.ofMillis(150)); PageClient client = new PageClient()) {
            client.fetch(server, 1);
            long start = System.nanoTime();
            assertEquals(Pages.checksum(1), client.fetch(server, 1));
            assertTrue(System.nanoTime() - start >= Duration.ofMillis(150).toNanos(), "answered before the latency");
        }
    }

    @ParameterizedTest
    @EnumSource(PageServerKind.class)
    void concurrentDownloads_allComeBackWhole(PageServerKind kind) throws Exception {
        try (PageServer server = kind.start(Duration.ofMillis(20)); PageClient client = new PageClient();
             Engine engine = EngineType.VIRTUAL.create(200, task -> client.fetch(server, task.size()))) {
            long[] expected = new long[200];
            Arrays.fill(expected, Pages.checksum(4));
            List<Task> batch = Collections.nCopies(200, new Task("download", 4));
            assertArrayEquals(expected, engine.run(batch));
            assertArrayEquals(expected, engine.run(batch), "a second batch, on the kept connections");
        }
    }

    @ParameterizedTest
    @EnumSource(PageServerKind.class)
    void listensOn127001Only(PageServerKind kind) throws Exception {
        try (PageServer server = kind.start(Duration.ZERO)) {
            String port = String.format(Locale.ROOT, "%04X", server.port());
            List<String> addresses = new ArrayList<>(listening(Path.of("/proc/net/tcp"), port));
            addresses.addAll(listening(Path.of("/proc/net/tcp6"), port));
            assertEquals(List.of("0100007F:" + port), addresses);
        }
    }

    @ParameterizedTest
    @EnumSource(PageServerKind.class)
    void close_refusesThePortAndLeavesNoThread(PageServerKind kind) throws Exception {
        int port;
        try (PageServer server = kind.start(Duration.ofMillis(5)); PageClient client = new PageClient()) {
            port = server.port();
            client.fetch(server, 16);
        }
        assertThrows(ConnectException.class, () -> new Socket(Loopback.ADDRESS, port).close());
        assertEquals(List.of(), LiveThreads.named(PageServer.THREAD_NAME_PREFIX));
        assertEquals(List.of(), LiveThreads.named("HTTP-Dispatcher"), "the JDK server's dispatcher");
        assertEquals(List.of(), LiveThreads.named(PageClient.THREAD_NAME_PREFIX));
        assertEquals(List.of(), LiveThreads.named("HttpClient-"), "the JDK client's selector");
    }

    /**
     * The downloads must have reached the server (it read all 20 requests, none answered yet) before
     * it closes: a message starting "GET ... failed:" alone would also come from downloads that never
     * connected. The JDK client retries a GET whose connection closed unanswered, so the error a
     * download ends with may be that retry's refused connection.
     */
    @ParameterizedTest
    @EnumSource(PageServerKind.class)
    void closedMidBatch_everyWaitingDownloadFailsNamingItsAddress(PageServerKind kind) throws Exception {
        try (PageServer server = kind.start(Duration.ofSeconds(5)); PageClient client = new PageClient();
             ExecutorService downloads = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<Long>> waiting = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                waiting.add(downloads.submit(() -> client.fetch(server, 1)));
            }
            Await.until(() -> "the server reading all 20 requests, read " + server.requestsRead(),
                    Duration.ofSeconds(20), () -> server.requestsRead() == 20);
            assertTrue(waiting.stream().noneMatch(Future::isDone), "a download ended before the server closed");
            server.close();
            for (Future<Long> download : waiting) {
                ExecutionException e = assertThrows(ExecutionException.class, download::get);
                assertTrue(e.getCause() instanceof IOException, e.toString());
                String message = e.getCause().getMessage();
                assertTrue(message.startsWith("GET " + server.uri(1) + " failed: "), message);
            }
        }
    }

    @ParameterizedTest
    @EnumSource(PageServerKind.class)
    void start_latencyOutOfRange_namesIt(PageServerKind kind) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> kind.start(Duration.ofMillis(10_001)));
        assertEquals("A page server's latency is 0 to 10000 ms, got 10001 ms", e.getMessage());
        assertEquals("A page server's latency is 0 to 10000 ms, got -1 ms",
                assertThrows(IllegalArgumentException.class, () -> kind.start(Duration.ofMillis(-1))).getMessage());
    }

    /** The status line's code and the body's text of a raw request on a fresh connection. */
    private static String statusAndText(PageServer server, String requestLine) throws IOException {
        try (Socket socket = new Socket(Loopback.ADDRESS, server.port())) {
            send(socket, requestLine + "\r\nHost: 127.0.0.1\r\n\r\n");
            String head = readHead(socket.getInputStream());
            String statusLine = head.substring(0, head.indexOf("\r\n"));
            String length = head.toLowerCase(Locale.ROOT).split("content-length: ")[1].split("\r\n")[0];
            String text = new String(socket.getInputStream().readNBytes(Integer.parseInt(length)),
                    StandardCharsets.UTF_8);
            return statusLine.substring(0, "HTTP/1.1 400".length()) + " " + text.strip();
        }
    }

    private static void send(Socket socket, String request) throws IOException {
        OutputStream out = socket.getOutputStream();
        out.write(request.getBytes(StandardCharsets.ISO_8859_1));
        out.flush();
    }

    private static String readHead(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        while (!head.toString(StandardCharsets.ISO_8859_1).endsWith("\r\n\r\n")) {
            int b = in.read();
            if (b < 0) {
                throw new IOException("Connection closed after " + head);
            }
            head.write(b);
        }
        return head.toString(StandardCharsets.ISO_8859_1);
    }

    /**
     * Local addresses of the listening sockets on {@code port} (hex) in a /proc/net/tcp file; an
     * IPv6 socket's IPv4-mapped address is shown as the IPv4 one.
     */
    private static List<String> listening(Path table, String port) throws IOException {
        List<String> found = new ArrayList<>();
        if (!Files.exists(table)) {
            return found;
        }
        for (String line : Files.readAllLines(table)) {
            String[] fields = line.strip().split("\\s+");
            if (fields.length > 3 && fields[1].endsWith(":" + port) && fields[3].equals("0A")) {
                found.add(fields[1].replace("0000000000000000FFFF0000", ""));
            }
        }
        return found;
    }
}
