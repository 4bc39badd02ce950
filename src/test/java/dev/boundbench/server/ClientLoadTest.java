package dev.boundbench.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.boundbench.engine.Await;
import dev.boundbench.engine.LiveThreads;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The background clients of the starvation benchmark, and the one-carrier model's flag, over real sockets. */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class ClientLoadTest {

    @Test
    void close_afterRequests_stopsEveryClientThread() throws Exception {
        try (FibServer server = FibServer.start(ServerModel.PLATFORM_THREADS)) {
            ClientLoad load = ClientLoad.start(server.port(), 3, 20, "test");
            Await.until(() -> "30 answers, got " + load.answered(), Duration.ofSeconds(20), () -> load.answered() >= 30);
            load.close();
            assertEquals(List.of(), LiveThreads.named(ClientLoad.THREAD_NAME_PREFIX));
        }
    }

    @Test
    void close_serverGoneWhileTheyRan_failsNamingTheClient() throws Exception {
        try (FibServer server = FibServer.start(ServerModel.EVENT_LOOP)) {
            ClientLoad load = ClientLoad.start(server.port(), 1, 15, "orphan");
            Await.until(() -> "5 answers, got " + load.answered(), Duration.ofSeconds(20), () -> load.answered() >= 5);
            server.close();
            // The client must see the lost connection before close() tells it to stop, or it stops quietly.
            Await.until("the client's thread ended on the lost connection", Duration.ofSeconds(10),
                    () -> LiveThreads.named(ClientLoad.THREAD_NAME_PREFIX).isEmpty());
            IllegalStateException error = assertThrows(IllegalStateException.class, load::close);
            assertTrue(error.getMessage().startsWith("A background client failed: boundbench-load-orphan-0 lost"
                    + " its connection: "), error.getMessage());
            assertEquals(List.of(), LiveThreads.named(ClientLoad.THREAD_NAME_PREFIX));
        }
    }

    @Test
    void start_negativeCount_namesIt() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> ClientLoad.start(1, -1, 30, "x"));
        assertEquals("A client load needs 0 or more clients, got -1", error.getMessage());
    }

    /** Without the opening flag, the one-carrier model stops with one line naming it; with it, it serves. */
    @Test
    void oneCarrier_withAndWithoutTheFlag() throws Exception {
        assertEquals("IllegalStateException: Virtual threads on one carrier need the JVM flag " + OneCarrier.OPENS_FLAG
                + " (JDK " + Runtime.version().feature() + " has no public API to choose a virtual thread's scheduler)",
                probe(false));
        assertEquals("fib(20) = 6765", probe(true));
    }

    private static String probe(boolean opened) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path")));
        if (opened) {
            command.add(OneCarrier.OPENS_FLAG);
        }
        command.add(OneCarrierProbe.class.getName());
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertEquals(0, process.waitFor(), output);
        return output;
    }
}
