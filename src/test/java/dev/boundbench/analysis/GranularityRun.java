package dev.boundbench.analysis;

import java.nio.file.Path;

/**
 * A small size sweep as JMH would write it: workload {@code fib} at four sizes whose tasks take
 * 1 µs, 10 µs, 100 µs and 1 ms on {@code SEQUENTIAL} (batches of 1000, 100, 10 and 8 tasks), and
 * engines whose speedups at 2 threads are set per rung; scores carry a 1 % error and raw data.
 */
public final class GranularityRun {

    /** Sizes of the rungs. */
    public static final int[] SIZES = {10, 15, 20, 25};

    /** Tasks per batch of each rung. */
    public static final int[] TASKS = {1000, 100, 10, 8};

    /** One task's time on the sequential engine at each rung, in ms. */
    public static final double[] TASK_MS = {0.001, 0.01, 0.1, 1};

    /** PLATFORM_POOL's speedups at 2 threads: breaks even at 10^-4.5 s, 90 % of ideal at 10^(-4 + 6/7) s. */
    public static final double[] PLATFORM_POOL = {0.5, 0.8, 1.2, 1.9};

    /** VIRTUAL's: pays at every size, 90 % of ideal at 10^(-5 + 6/7) s. */
    public static final double[] VIRTUAL = {1.1, 1.5, 1.85, 1.95};

    /** THREAD_PER_TASK's: never breaks even. */
    public static final double[] THREAD_PER_TASK = {0.01, 0.1, 0.5, 0.9};

    /** PLATFORM_POOL at one thread, smallest rung: 1.2 × the sequential time, so 0.2 µs a task. */
    public static final double PLATFORM_POOL_ONE_THREAD = 1.2;

    private GranularityRun() {
    }

    /** Writes the sweep to {@code file}. */
    public static Path write(Path file) {
        JmhJson json = new JmhJson();
        for (int i = 0; i < SIZES.length; i++) {
            double sequential = TASK_MS[i] * TASKS[i];
            add(json, "SEQUENTIAL", 1, i, sequential);
            if (i == 0) {
                add(json, "PLATFORM_POOL", 1, i, sequential * PLATFORM_POOL_ONE_THREAD);
            }
            add(json, "PLATFORM_POOL", 2, i, sequential / PLATFORM_POOL[i]);
            add(json, "VIRTUAL", 2, i, sequential / VIRTUAL[i]);
            add(json, "THREAD_PER_TASK", 2, i, sequential / THREAD_PER_TASK[i]);
        }
        return json.write(file);
    }

    private static void add(JmhJson json, String engine, int threads, int rung, double ms) {
        json.add("dev.boundbench.bench.ScalingBenchmark.batch", "avgt", "ms/op", JmhJson.params("workload", "fib",
                "engine", engine, "threads", Integer.toString(threads), "tasks", Integer.toString(TASKS[rung]), "size",
                Integer.toString(SIZES[rung])), ms, ms * 0.01);
    }
}
