package dev.boundbench.net;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.boundbench.engine.LiveThreads;
import java.net.ConnectException;
import java.net.Socket;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The resource a workload gets: its latency property, its downloads, and nothing left after close. */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class LoopbackTest {

    @AfterEach
    void clearProperty() {
        System.clearProperty(Loopback.LATENCY_PROPERTY);
    }

    @Test
    void latency_defaultsTo20Milliseconds() {
        assertEquals(Duration.ofMillis(20), Loopback.latencyFromProperty());
    }

    @Test
    void latency_readsTheProperty() {
        System.setProperty(Loopback.LATENCY_PROPERTY, " 0 ");
        assertEquals(Duration.ZERO, Loopback.latencyFromProperty());
        System.setProperty(Loopback.LATENCY_PROPERTY, "10000");
        assertEquals(Duration.ofSeconds(10), Loopback.latencyFromProperty());
    }

    @Test
    void latency_outOfRangeOrNotANumber_namesPropertyRangeAndValue() {
        for (String bad : List.of("-1", "10001", "20ms", "")) {
            System.setProperty(Loopback.LATENCY_PROPERTY, bad);
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, Loopback::start);
            assertEquals("boundbench.download.latencyMs must be a whole number of milliseconds from 0 to 10000, got \""
                    + bad + "\"", e.getMessage());
        }
        assertEquals(List.of(), LiveThreads.named(PageServer.THREAD_NAME_PREFIX), "no server started");
    }

    @Test
    void download_thenClose_leavesNoSocketNorThread() throws Exception {
        System.setProperty(Loopback.LATENCY_PROPERTY, "1");
        int port;
        try (Loopback loopback = Loopback.start()) {
            port = loopback.server().port();
            assertEquals(Duration.ofMillis(1), loopback.server().latency());
            assertEquals(0xc5550ad7L, loopback.download(1));
            assertEquals("http://127.0.0.1:" + port + "/7", loopback.uri(7).toString());
        }
        assertThrows(ConnectException.class, () -> new Socket(Loopback.ADDRESS, port).close());
        assertEquals(List.of(), LiveThreads.named(PageServer.THREAD_NAME_PREFIX));
        assertEquals(List.of(), LiveThreads.named(PageClient.THREAD_NAME_PREFIX));
        assertEquals(List.of(), LiveThreads.named("HttpClient-"));
    }
}
