package dev.boundbench.workload;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.boundbench.engine.Engine;
import dev.boundbench.engine.EngineType;
import dev.boundbench.engine.LiveThreads;
import dev.boundbench.net.Loopback;
import dev.boundbench.net.PageServer;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.Socket;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The {@code download} workload and the loopback resource as workloads get it: known checksums,
 * bad sizes, a user-written workload asking for the server, and nothing left after the runner.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class DownloadWorkloadTest {

    @AfterEach
    void clearProperty() {
        System.clearProperty(Loopback.LATENCY_PROPERTY);
    }

    @Test
    void download_knownChecksums() throws Exception {
        try (Loopback loopback = Loopback.start(Duration.ZERO)) {
            assertEquals(0L, IoWorkloads.download(0, loopback));
            assertEquals(0xc5550ad7L, IoWorkloads.download(1, loopback));
            assertEquals(0x45ac4feeL, IoWorkloads.download(64, loopback));
        }
    }

    @Test
    void download_badSize_namesItAndTheRange() throws Exception {
        try (Loopback loopback = Loopback.start(Duration.ZERO)) {
            assertEquals("download needs 0 <= kibibytes <= 65536, got -1", assertThrows(
                    IllegalArgumentException.class, () -> IoWorkloads.download(-1, loopback)).getMessage());
            assertEquals("download needs 0 <= kibibytes <= 65536, got 65537", assertThrows(
                    IllegalArgumentException.class, () -> IoWorkloads.download(65_537, loopback)).getMessage());
        }
    }

    @Test
    void catalog_describesDownloadAndItsResource() {
        WorkloadDescriptor download = WorkloadCatalog.discover().get("download");
        assertEquals(Kind.IO, download.kind());
        assertEquals(1, download.defaultSize());
        assertEquals(10, download.tasks());
        assertEquals(List.of(Loopback.class), download.resources());
        assertEquals(List.of(Loopback.class), WorkloadCatalog.discover().get("crawl").resources());
    }

    @Test
    void runner_startsOneServerForEveryTaskAndStopsItOnClose() throws Exception {
        System.setProperty(Loopback.LATENCY_PROPERTY, "2");
        int port;
        try (WorkloadRunner runner = WorkloadRunner.withDiscoveredWorkloads();
             Engine engine = EngineType.VIRTUAL.create(20, runner)) {
            assertEquals(List.of(), LiveThreads.named(PageServer.THREAD_NAME_PREFIX), "none before the first task");
            long[] expected = new long[40];
            java.util.Arrays.fill(expected, 0xe817cc05L);
            assertArrayEquals(expected, engine.run(Collections.nCopies(40, new Task("download", 1024))));
            assertEquals(3 * 4096, runner.run(new Task("crawl", 3)), "the user-written workload, same server");
            List<String> servers = LiveThreads.named(PageServer.THREAD_NAME_PREFIX);
            assertEquals(1, servers.size(), servers.toString());
            port = Integer.parseInt(servers.get(0).substring(servers.get(0).lastIndexOf('-') + 1));
        }
        assertRefused(port);
        assertEquals(List.of(), LiveThreads.named(PageServer.THREAD_NAME_PREFIX));
        assertEquals(List.of(), LiveThreads.named("HttpClient-"));
    }

    @Test
    void runner_failedBatch_stillStopsTheServerOnClose() throws Exception {
        int port;
        try (WorkloadRunner runner = WorkloadRunner.withDiscoveredWorkloads();
             Engine engine = EngineType.PLATFORM_POOL.create(4, runner)) {
            runner.run(new Task("download", 1));
            String server = LiveThreads.named(PageServer.THREAD_NAME_PREFIX).get(0);
            port = Integer.parseInt(server.substring(server.lastIndexOf('-') + 1));
            RuntimeException e = assertThrows(RuntimeException.class,
                    () -> engine.run(List.of(new Task("download", 1), new Task("download", 70_000))));
            assertEquals("Task 1 (download(70000)) failed: IllegalArgumentException: download needs 0 <= kibibytes"
                    + " <= 65536, got 70000", e.getMessage());
        }
        assertRefused(port);
        assertEquals(List.of(), LiveThreads.named(PageServer.THREAD_NAME_PREFIX));
    }

    @Test
    void processPool_eachWorkerDownloadsFromItsOwnServer() throws Exception {
        try (WorkloadRunner runner = WorkloadRunner.withDiscoveredWorkloads();
             Engine engine = EngineType.PROCESS_POOL.create(2, runner)) {
            long[] expected = new long[6];
            java.util.Arrays.fill(expected, 0xc5550ad7L);
            assertArrayEquals(expected, engine.run(Collections.nCopies(6, new Task("download", 1))));
        }
        assertEquals(List.of(), LiveThreads.named(PageServer.THREAD_NAME_PREFIX), "the parent started none");
    }

    private static void assertRefused(int port) {
        assertTrue(port > 0);
        assertThrows(ConnectException.class,
                () -> new Socket(InetAddress.getByAddress(new byte[] {127, 0, 0, 1}), port).close());
    }
}
