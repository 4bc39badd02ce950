package dev.boundbench.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.boundbench.engine.EngineType;
import dev.boundbench.workload.Kind;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The length of one point from the time of one task: known answers of the model. */
class PointTimeTest {

    /** The quick profile: 1 fork, 1 x 300 ms warm-up, 10 x 130 ms measured; 2 cores; JVMs start in 200 ms. */
    private final PointTime quick = new PointTime(new Iterations(1, 1, 300, 10, 130), 2, Duration.ofMillis(200));

    @Test
    void seconds_shortBatches_iterationsLastTheirTimeRoundedUpToWholeBatches() {
        // The fork's first run (1 ms), then 8 tasks of 1 ms on 2 threads: 4 ms a batch; 300 ms is 75
        // batches, 130 ms rounds up to 33 (132 ms).
        assertEquals(1.0 + 0.001 + 0.001 + 0.004 + 0.300 + 10 * 0.132,
                quick.seconds(1e6, Kind.CPU, EngineType.VIRTUAL, 2, 8),
                1e-9);
    }

    @Test
    void seconds_batchLongerThanAnIteration_eachIterationIsOneBatch() {
        // 8 tasks of 1 s on one thread: every iteration is one 8 s batch, as with fib(50).
        assertEquals(1.0 + 1 + 1 + 8 + 8 + 10 * 8, quick.seconds(1e9, Kind.CPU, EngineType.PLATFORM_POOL, 1, 8), 1e-9);
    }

    @Test
    void pairedGroupSeconds_cpuRoundsRunEachBatchTwice_ioRoundsOnce() {
        // 8 tasks of 1 s on one thread, as in one round of CPython's prime sums: a CPU round is the
        // untimed lead-in and the timed batch, 16 s; an I/O round the batch alone, 8 s.
        PointTime.Config cpu = new PointTime.Config(1e9, Kind.CPU, EngineType.PLATFORM_POOL, 1, 8);
        PointTime.Config io = new PointTime.Config(1e9, Kind.IO, EngineType.PLATFORM_POOL, 1, 8);
        assertEquals(1.0 + 1 + 1 + 8 + 16 + 10 * 16, quick.pairedGroupSeconds(java.util.List.of(cpu)), 1e-9);
        assertEquals(1.0 + 1 + 1 + 8 + 8 + 10 * 8, quick.pairedGroupSeconds(java.util.List.of(io)), 1e-9);
        assertEquals(1.0 + 1 + 1 + 8 + 8 + 10 * 8, quick.groupSeconds(java.util.List.of(cpu)), 1e-9,
                "a point alone has no lead-in");
    }

    @Test
    void seconds_cpuWorkRunsAtMostOneTaskPerCore_ioWorkOnePerThread() {
        // 8 tasks of 100 ms on 4 threads: CPU work runs 2 at once (4 waves, 400 ms), IO work 4 (2 waves, 200 ms).
        assertEquals(1.0 + 0.1 + 0.1 + 0.4 + 0.4 + 10 * 0.4,
                quick.seconds(1e8, Kind.CPU, EngineType.THREAD_PER_TASK, 4, 8),
                1e-9);
        assertEquals(1.0 + 0.1 + 0.1 + 0.2 + 0.4 + 10 * 0.2,
                quick.seconds(1e8, Kind.IO, EngineType.THREAD_PER_TASK, 4, 8),
                1e-9);
    }

    @Test
    void seconds_processPool_addsItsWorkersStartOneAfterAnotherOnTwoCores_andForksMultiply() {
        PointTime threeForks = new PointTime(new Iterations(3, 1, 300, 10, 130), 2, Duration.ofMillis(200));
        // 5 workers on 2 cores start one after another, each 200 ms and a first run of 1 ms; 2 tasks of
        // 1 ms on 5 workers: one 1 ms wave.
        double fork = 1.0 + 0.001 + 5 * 0.201 + 0.001 + 0.001 + 0.300 + 10 * 0.130;
        assertEquals(3 * fork, threeForks.seconds(1e6, Kind.CPU, EngineType.PROCESS_POOL, 5, 2), 1e-9);
    }

    @Test
    void groupSeconds_slowFirstRun_paidOncePerForkAndAgainByEveryWorker() {
        // Downloads: 30 ms a task warm, 700 ms the first run in a fresh JVM; 10 tasks on 10 threads, one wave.
        PointTime.Config virtual = new PointTime.Config(30e6, 700e6, Kind.IO, EngineType.VIRTUAL, 10, 10);
        PointTime.Config workers = new PointTime.Config(30e6, 700e6, Kind.IO, EngineType.PROCESS_POOL, 10, 10);
                double setUp = 1.0 + 0.7 + 2 * (0.030 + 0.030);
        assertEquals(setUp + 10 * (0.2 + 0.7) + 0.300 + 10 * 0.180,
                quick.groupSeconds(java.util.List.of(virtual, workers)), 1e-9, "10 workers on 2 cores: one at a time");
        PointTime sixteenCores = new PointTime(new Iterations(1, 1, 300, 10, 130), 16, Duration.ofMillis(200));
        assertEquals(setUp + 2 * (0.2 + 0.7) + 0.300 + 10 * 0.180,
                sixteenCores.groupSeconds(java.util.List.of(virtual, workers)), 1e-9,
                "on 16 cores 8 workers start at once: two rounds");
    }

    @Test
    void seconds_cpuWorkOnCPythonThreadsWithTheGil_runsOneTaskAtATime() {
        PointTime freeThreaded = new PointTime(new Iterations(1, 1, 300, 10, 130), 2, Duration.ofMillis(200), false);
        // 8 tasks of 100 ms on 2 threads: 800 ms a batch under the GIL, 400 ms without it.
        assertEquals(1.0 + 0.1 + 0.1 + 0.8 + 0.8 + 10 * 0.8,
                quick.seconds(1e8, Kind.CPU, EngineType.CPYTHON_THREADS, 2, 8),
                1e-9);
        assertEquals(1.0 + 0.1 + 0.1 + 0.4 + 0.4 + 10 * 0.4,
                freeThreaded.seconds(1e8, Kind.CPU, EngineType.CPYTHON_THREADS, 2, 8), 1e-9);
    }

    @Test
    void seconds_eventLoop_runsCpuWorkOneAtATimeAndWaitsAllAtOnce() {
        assertEquals(1.0 + 0.1 + 0.1 + 0.8 + 0.8 + 10 * 0.8,
                quick.seconds(1e8, Kind.CPU, EngineType.CPYTHON_ASYNCIO, 4, 8),
                1e-9);
        // 8 sleeps of 100 ms, 4 at once: 200 ms a batch.
        assertEquals(1.0 + 0.1 + 0.1 + 0.2 + 0.4 + 10 * 0.2,
                quick.seconds(1e8, Kind.IO, EngineType.CPYTHON_ASYNCIO, 4, 8),
                1e-9);
    }
}
