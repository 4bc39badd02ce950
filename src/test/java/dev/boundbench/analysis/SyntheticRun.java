package dev.boundbench.analysis;

import java.nio.file.Path;
import java.util.Random;

/**
 * A large results file for timing the analysis: {@code workloads × engines × 8 thread counts}
 * benchmarks with Amdahl-shaped scores and rawData of 3 forks × 10 iterations (deterministic noise:
 * fork effects of 1 %, iterations of 2 %), so the bootstrap runs as on a real run. Run as a program:
 * {@code SyntheticRun <file> [workloads]}.
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
        Random random = new Random(42);
        for (int w = 0; w < workloads; w++) {
            for (int e = 0; e < ENGINES.length; e++) {
                double serial = 0.02 + 0.01 * e + 0.001 * w;
                for (int t : THREADS) {
                    double ms = 100.0 * (1 + serial * (t - 1)) / t * (1 + 0.1 * e);
                    json.add("dev.boundbench.bench.ScalingBenchmark.batch", "avgt", "ms/op", JmhJson.params(
                            "workload", "w" + w, "engine", ENGINES[e], "threads", Integer.toString(t), "tasks", "8"),
                            ms, ms * 0.02, raw(ms, random));
                }
            }
        }
        return json.write(file);
    }

    /** 3 forks × 10 iterations whose mean is exactly {@code mean}. */
    private static double[][] raw(double mean, Random random) {
        double[][] raw = new double[3][10];
        double sum = 0;
        for (double[] fork : raw) {
            double forkMean = mean * (1 + 0.01 * random.nextGaussian());
            for (int i = 0; i < fork.length; i++) {
                fork[i] = forkMean * (1 + 0.02 * random.nextGaussian());
                sum += fork[i];
            }
        }
        double scale = mean / (sum / 30);
        for (double[] fork : raw) {
            for (int i = 0; i < fork.length; i++) {
                fork[i] *= scale;
            }
        }
        return raw;
    }

    /** {@code SyntheticRun <file> [workloads]}: 25 workloads make 1,000 benchmarks. */
    public static void main(String[] args) {
        int workloads = args.length > 1 ? Integer.parseInt(args[1]) : 25;
        System.out.println(write(Path.of(args[0]), workloads) + ": " + workloads * ENGINES.length * THREADS.length
                + " benchmarks");
    }
}
