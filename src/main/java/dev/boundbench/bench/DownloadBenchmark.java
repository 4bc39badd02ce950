package dev.boundbench.bench;

import dev.boundbench.engine.Engine;
import dev.boundbench.engine.EngineType;
import dev.boundbench.net.PageClient;
import dev.boundbench.net.PageServer;
import dev.boundbench.net.PageServerKind;
import dev.boundbench.net.Pages;
import dev.boundbench.workload.Task;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One batch of {@code downloads} concurrent checked HTTP GETs (a virtual thread each) from a page
 * server on 127.0.0.1 that answers after {@code latencyMs}: the suite's NIO server or the JDK's
 * {@code HttpServer}, with one client for the trial or a new one per download. With the profiler's
 * {@code ·cpu.time} (CPU per batch) it shows whether a batch takes the latency plus that CPU spread
 * over the cores. Before the warm-up, the trial's set-up sends {@value #JIT_WARMUP_DOWNLOADS}
 * downloads to a server of the same kind without latency: the JIT compiles the HTTP stack only after
 * some 20,000 requests, which 10 downloads a batch at 20 ms would take 45 s of warm-up to send.
 * Run: {@code ./run-benchmarks.sh DownloadBenchmark}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
public class DownloadBenchmark {

    static final int JIT_WARMUP_DOWNLOADS = 30_000;
    private static final int JIT_WARMUP_CONCURRENCY = 100;
    private static final int JIT_WARMUP_MAX_KIB = 16;

    /** Who answers: the suite's own selector loop, or the JDK's HttpServer. */
    @Param
    PageServerKind server;

    /** One client for the trial (what the {@code download} workload does), or a new one per download. */
    @Param({"SHARED"})
    Clients clients;

    /** Concurrent downloads in one batch. */
    @Param({"10", "100", "1000"})
    int downloads;

    /** Size of each page, in KiB. */
    @Param("1")
    int kib;

    /** The server's wait before each answer, in milliseconds. */
    @Param("20")
    int latencyMs;

    /** Whether the downloads of a batch share one {@link PageClient}. */
    public enum Clients {
        /** One client made at set-up: its connections stay open from batch to batch. */
        SHARED,
        /** A new client per download, closed after it: a new connection and selector thread each time. */
        PER_DOWNLOAD
    }

    private PageServer pages;
    private PageClient shared;
    private Engine engine;
    private List<Task> batch;
    private long expected;

    @Setup(Level.Trial)
    public void startServer() throws Exception {
        compileTheHttpStack();
        pages = server.start(Duration.ofMillis(latencyMs));
        shared = new PageClient();
        expected = Pages.checksum(kib);
        batch = Collections.nCopies(downloads, new Task("download", kib));
        engine = EngineType.VIRTUAL.create(downloads, task -> download(task.size()));
        check(engine.run(batch));
    }

    /**
     * Runs {@value #JIT_WARMUP_DOWNLOADS} downloads (of at most {@value #JIT_WARMUP_MAX_KIB} KiB) on a
     * server of this kind with no latency, then stops it.
     */
    private void compileTheHttpStack() throws Exception {
        int size = Math.min(kib, JIT_WARMUP_MAX_KIB);
        try (PageServer fast = server.start(Duration.ZERO); PageClient client = new PageClient();
             Engine warmup = EngineType.VIRTUAL.create(JIT_WARMUP_CONCURRENCY, task -> client.fetch(fast, size))) {
            List<Task> round = Collections.nCopies(JIT_WARMUP_CONCURRENCY, new Task("download", size));
            for (int sent = 0; sent < JIT_WARMUP_DOWNLOADS; sent += JIT_WARMUP_CONCURRENCY) {
                warmup.run(round);
            }
        }
    }

    private long download(int size) throws Exception {
        if (clients == Clients.SHARED) {
            return shared.fetch(pages, size);
        }
        try (PageClient own = new PageClient()) {
            return own.fetch(pages, size);
        }
    }

    /** One operation: every download of the batch, from the first request to the last page checked (length, CRC32C). */
    @Benchmark
    public long[] batch() throws InterruptedException {
        return engine.run(batch);
    }

    private long[] check(long[] checksums) {
        for (int i = 0; i < checksums.length; i++) {
            if (checksums[i] != expected) {
                throw new IllegalStateException("Download " + i + " gave CRC32C " + checksums[i] + ", expected "
                        + expected);
            }
        }
        return checksums;
    }

    @TearDown(Level.Trial)
    public void stopServer() {
        try (PageServer closingServer = pages; PageClient closingClient = shared; Engine closingEngine = engine) {
            // Closed in reverse order: the engine, the client, then the server.
        }
    }
}
