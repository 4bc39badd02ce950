package dev.boundbench.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.boundbench.engine.Engine;
import dev.boundbench.engine.EngineType;
import dev.boundbench.workload.Task;
import dev.boundbench.workload.WorkloadRunner;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A configuration that is not running costs nothing: while another computes, its pool threads and
 * its worker processes use no CPU.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class GroupIsolationTest {

    private static final List<ConfigId> CONFIGS = List.of(ConfigId.of(EngineType.PLATFORM_POOL, 2),
            ConfigId.of(EngineType.FORK_JOIN, 2), ConfigId.of(EngineType.VIRTUAL, 2),
            ConfigId.of(EngineType.PROCESS_POOL, 2), ConfigId.of(EngineType.PLATFORM_POOL, 2).twin());

    @Test
    void idleConfigurations_parkedThreads_workersWithoutCpu() throws Exception {
        Task fib = new Task("fib", 24);
        try (WorkloadRunner runner = WorkloadRunner.withDiscoveredWorkloads();
             Rounds rounds = new Rounds(CONFIGS, runner, fib, 4, 46368, 3, RoundLog.newForTest(), LeadIn.NONE)) {
            for (int i = 0; i < 5; i++) {
                rounds.runOne();
            }
            List<ProcessHandle> workers = ProcessHandle.current().children()
                    .filter(p -> p.info().commandLine().orElse("").contains("WorkerMain")).toList();
            assertEquals(2, workers.size(), "the process pool's two workers");
            long workerTicks = ticks(workers);
            long threadNanos = engineThreadCpu();
            long start = System.nanoTime();
            while (System.nanoTime() - start < TimeUnit.MILLISECONDS.toNanos(1500)) {
                runner.run(new Task("fib", 27));
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            double workerCores = (ticks(workers) - workerTicks) / 100.0 / seconds;
            double threadCores = (engineThreadCpu() - threadNanos) / 1e9 / seconds;
            assertTrue(workerCores < 0.05, "two idle workers used " + workerCores + " cores while another computed");
            assertTrue(threadCores < 0.05, "idle engine threads used " + threadCores + " cores while another computed");
        }
    }

    /** CPU time of every live platform thread the engines started, in nanoseconds. */
    private static long engineThreadCpu() {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        return Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.getName().startsWith(Engine.THREAD_NAME_PREFIX))
                .mapToLong(t -> Math.max(0, threads.getThreadCpuTime(t.threadId())))
                .sum();
    }

    /** utime + stime of the processes, in clock ticks (USER_HZ, 100 on Linux). */
    private static long ticks(List<ProcessHandle> processes) throws IOException {
        long total = 0;
        for (ProcessHandle process : processes) {
            String stat = Files.readString(Path.of("/proc", String.valueOf(process.pid()), "stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            total += Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
        }
        return total;
    }
}
