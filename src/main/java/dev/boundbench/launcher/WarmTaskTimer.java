package dev.boundbench.launcher;

import dev.boundbench.workload.Task;
import dev.boundbench.workload.WorkloadRunner;
import java.util.HashSet;
import java.util.Set;

/**
 * Times one task on the calling thread: a warm-up (so the JIT has compiled the workload:
 * {@value #FIRST_WARMUP_NANOS} ns the first time a workload is timed, {@value #WARMUP_NANOS} ns for
 * each size), then the fastest of {@value #ROUNDS} rounds of at least {@value #ROUND_NANOS} ns each —
 * the fastest, since another process only ever slows a round down. About 40 ms a size: the figure
 * sizes a batch, it is not a measurement (the report takes each task's time from the
 * {@code sequential} engine's JMH score).
 */
final class WarmTaskTimer implements SweepPlanner.Timer {

    static final long FIRST_WARMUP_NANOS = 150_000_000;
    static final long WARMUP_NANOS = 20_000_000;
    static final long ROUND_NANOS = 2_000_000;
    static final int ROUNDS = 7;

    /** Where each round leaves its results' sum, so the calls cannot be optimised away. */
    private static volatile long sink;

    private final Set<String> warmed = new HashSet<>();

    /**
     * @throws IllegalStateException when the task fails, naming it
     */
    @Override
    public double secondsPerTask(String workload, int size) {
        Task task = new Task(workload, size);
        try (WorkloadRunner runner = WorkloadRunner.withDiscoveredWorkloads()) {
            round(runner, task, warmed.add(workload) ? FIRST_WARMUP_NANOS : WARMUP_NANOS);
            double fastest = Double.POSITIVE_INFINITY;
            for (int i = 0; i < ROUNDS; i++) {
                fastest = Math.min(fastest, round(runner, task, ROUND_NANOS));
            }
            return fastest;
        } catch (Exception e) {
            throw new IllegalStateException("Cannot time " + task + " for the size sweep: " + e, e);
        }
    }

    /** Runs the task for at least {@code nanos} (and at least once); the mean seconds per call. */
    private static double round(WorkloadRunner runner, Task task, long nanos) throws Exception {
        long start = System.nanoTime();
        long now;
        long calls = 0;
        long sum = 0;
        do {
            sum += runner.run(task);
            calls++;
            now = System.nanoTime();
        } while (now - start < nanos);
        sink = sum;
        return (now - start) / 1e9 / calls;
    }
}
