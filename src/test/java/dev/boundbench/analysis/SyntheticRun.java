package dev.boundbench.analysis;

import java.nio.file.Path;

/**
 * A large results file for timing the analysis: {@code workloads × engines × 8 thread counts}
 * benchmarks with Amdahl-shaped scores. Run as a program: {@code SyntheticRun <file> [workloads]}.
 */
public final class SyntheticRun {

    /** The engines of the synthetic run. */
    static final String[] ENGINES = {"SEQUENTIAL", "PLATFORM_POOL", "VIRTUAL", "FORK_JOIN", "PROCESS_POOL"};

    /** The thread counts of the synthetic run. */
    static final int[] THREADS = {1, 2, 4, 8, 16, 32, 64, 128};

    private SyntheticRun() {
    }

    /** Writes {@code workloads × 5 × 8} benchmarks to {@code file}. */
    static Path write(Path file, int workloads) {
        JmhJson json = new JmhJson();
        for (int w = 0; w < workloads; w++) {
            for (int e = 0; e < ENGINES.length; e++) {
                double serial = 0.02 + 0.01 * e + 0.001 * w;
                for (int t : THREADS) {
                    double ms = 100.0 * (1 + serial * (t - 1)) / t * (1 + 0.1 * e);
                    json.add("dev.boundbench.bench.ScalingBenchmark.batch", "avgt", "ms/op", JmhJson.params(
                            "workload", "w" + w, "engine", ENGINES[e], "threads", Integer.toString(t), "tasks", "8"),
                            ms, ms * 0.02);
                }
            }
        }
        return json.write(file);
    }

    /** {@code SyntheticRun <file> [workloads]}: 25 workloads make 1,000 benchmarks. */
    public static void main(String[] args) {
        int workloads = args.length > 1 ? Integer.parseInt(args[1]) : 25;
        System.out.println(write(Path.of(args[0]), workloads) + ": " + workloads * ENGINES.length * THREADS.length
                + " benchmarks");
    }
}
