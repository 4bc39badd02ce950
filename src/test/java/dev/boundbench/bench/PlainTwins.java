package dev.boundbench.bench;

import dev.boundbench.engine.Engine;
import dev.boundbench.engine.EngineType;
import dev.boundbench.workload.CpuWorkloads;
import dev.boundbench.workload.Resources;
import dev.boundbench.workload.Task;
import dev.boundbench.workload.WorkloadDescriptor;
import dev.boundbench.workload.WorkloadRunner;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.commons.math3.distribution.ChiSquaredDistribution;

/**
 * Whether identical configurations keep offsets of their own within one JVM: k pools of 2 threads of
 * each kind — bare Java's {@code newFixedThreadPool(2)} ({@code plain}), the suite's own
 * {@code platform-pool@2} engine calling {@code CpuWorkloads.fib} straight ({@code direct}) and the
 * same engine running the workload through the suite's {@code WorkloadRunner} ({@code suite}), all
 * in the same rounds — each run one batch of
 * 8 × fib(30) per round, after an untimed lead-in batch of its own, in a fresh random order every
 * round, for a number of windows. For each kind, each window gives every pool's log time less the
 * mean of its kind's pools in that window; over the windows, each pool's mean of it and its
 * standard error. It prints, per kind, Q / (k − 1): the pools' spread of means over what their
 * standard errors allow. Q, the sum of the squared means over the variance a pool's own log time
 * would have alone (k / (k − 1) times that of its deviation), is χ² with k − 1 degrees of freedom
 * when the pools differ by noise only, so Q / (k − 1) is about 1; with its p-value. Arguments:
 * {@code poolsPerKind warmupSeconds windows windowSeconds [kinds]}, the kinds a comma list (by
 * default {@code plain,direct,suite}; see {@link #pool}).
 */
public final class PlainTwins {

    private static final int TASKS = 8;
    private static final int N = 30;
    private static final List<String> DEFAULT_KINDS = List.of("plain", "direct", "suite");

    private PlainTwins() {
    }

    public static void main(String[] args) throws Exception {
        int k = Integer.parseInt(args[0]);
        List<String> kinds = args.length > 4 ? List.of(args[4].split(",")) : DEFAULT_KINDS;
        long warmup = (long) (Double.parseDouble(args[1]) * 1e9);
        int windows = Integer.parseInt(args[2]);
        long window = (long) (Double.parseDouble(args[3]) * 1e9);
        List<Pool> pools = new ArrayList<>();
        SplittableRandom random = new SplittableRandom(1);
        double[][][] deviations = new double[kinds.size()][windows][k];
        try (WorkloadRunner runner = WorkloadRunner.withDiscoveredWorkloads(); Resources resources = new Resources()) {
            for (int i = 0; i < k; i++) {
                for (String kind : kinds) {
                    pools.add(pool(kind, runner, resources));
                }
            }
            timeWindow(pools, random, warmup);
            for (int w = 0; w < windows; w++) {
                double[] times = timeWindow(pools, random, window);
                for (int kind = 0; kind < kinds.size(); kind++) {
                    double mean = 0;
                    for (int i = 0; i < k; i++) {
                        mean += Math.log(times[kinds.size() * i + kind]) / k;
                    }
                    for (int i = 0; i < k; i++) {
                        deviations[kind][w][i] = Math.log(times[kinds.size() * i + kind]) - mean;
                    }
                }
            }
        } finally {
            pools.forEach(Pool::close);
        }
        StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%d pools of each kind, %d windows:", k,
                windows));
        for (int kind = 0; kind < kinds.size(); kind++) {
            line.append(' ').append(kinds.get(kind)).append(": ").append(judge(deviations[kind], k)).append(';');
        }
        System.out.println(line);
    }

    /**
     * One pool of {@code kind}: {@code plain}, bare Java's pool; {@code direct}, the suite's platform
     * pool calling {@code fib} straight; {@code handle}, calling the workload's {@code MethodHandle} held in a
     * field; {@code lookup}, looking the workload up by name (its descriptor read, so the lookup stays), then
     * calling {@code fib} straight; {@code suite}, through {@code WorkloadRunner}; or the suite's
     * {@code virtual}, {@code fork-join} or {@code process-pool} engine at 2 threads through it.
     */
    private static Pool pool(String kind, WorkloadRunner runner, Resources resources) {
        return switch (kind) {
            case "plain" -> new PlainPool();
            case "direct" -> new SuitePool(EngineType.PLATFORM_POOL.create(2, task -> CpuWorkloads.fib(task.size())));
            case "handle" -> {
                WorkloadDescriptor fib = runner.catalog().get("fib");
                yield new SuitePool(EngineType.PLATFORM_POOL.create(2, task -> fib.invoke(task.size(), resources)));
            }
            case "lookup" -> new SuitePool(EngineType.PLATFORM_POOL.create(2,
                    task -> runner.catalog().get(task.workload()).defaultSize() > 0 ? CpuWorkloads.fib(task.size()) : 0));
            case "suite" -> new SuitePool(EngineType.PLATFORM_POOL.create(2, runner));
            case "virtual" -> new SuitePool(EngineType.VIRTUAL.create(2, runner));
            case "fork-join" -> new SuitePool(EngineType.FORK_JOIN.create(2, runner));
            case "process-pool" -> new SuitePool(EngineType.PROCESS_POOL.create(2, runner));
            default -> throw new IllegalArgumentException("Unknown kind " + kind
                    + "; valid: plain, direct, handle, lookup, suite, virtual, fork-join, process-pool");
        };
    }

    /** Q / (k − 1), its p-value, and each pool's mean deviation with its standard error, in %. */
    private static String judge(double[][] deviations, int k) {
        int w = deviations.length;
        double[] means = new double[k];
        double variances = 0;
        StringBuilder pools = new StringBuilder();
        for (int i = 0; i < k; i++) {
            for (double[] d : deviations) {
                means[i] += d[i] / w;
            }
            double squares = 0;
            for (double[] d : deviations) {
                squares += (d[i] - means[i]) * (d[i] - means[i]);
            }
            double variance = squares / (w - 1) / w;
            variances += variance / k;
            pools.append(String.format(Locale.ROOT, " %+.2f (± %.2f)", 100 * means[i], 100 * Math.sqrt(variance)));
        }
        double q = 0;
        for (double m : means) {
            q += m * m;
        }
        q /= variances * k / (k - 1);
        double p = 1 - new ChiSquaredDistribution(null, k - 1).cumulativeProbability(q);
        return String.format(Locale.ROOT, "Q/(k-1) = %.2f, p = %.3f; pools, %%:%s", q / (k - 1), p, pools);
    }

    /** Rounds of every pool's batch, in a fresh order each, for {@code nanos}; each one's mean batch time in ms. */
    private static double[] timeWindow(List<Pool> pools, SplittableRandom random, long nanos) throws Exception {
        double[] total = new double[pools.size()];
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < pools.size(); i++) {
            order.add(i);
        }
        int rounds = 0;
        long start = System.nanoTime();
        do {
            Collections.shuffle(order, new java.util.Random(random.nextLong()));
            for (int i : order) {
                check(pools.get(i).runBatch());
                long t0 = System.nanoTime();
                long[] results = pools.get(i).runBatch();
                total[i] += System.nanoTime() - t0;
                check(results);
            }
            rounds++;
        } while (System.nanoTime() - start < nanos);
        for (int i = 0; i < total.length; i++) {
            total[i] /= rounds * 1e6;
        }
        return total;
    }

    private static void check(long[] results) {
        long expected = CpuWorkloads.fib(N);
        for (long r : results) {
            if (r != expected) {
                throw new IllegalStateException("fib(" + N + ") gave " + r + ", expected " + expected);
            }
        }
    }

    /** One of the identical pools: runs the batch of {@value #TASKS} × fib({@value #N}) and returns its results. */
    private interface Pool extends AutoCloseable {
        long[] runBatch() throws Exception;

        @Override
        void close();
    }

    private static final class PlainPool implements Pool {
        private final ExecutorService executor = Executors.newFixedThreadPool(2);
        private final List<Callable<Long>> batch = Collections.nCopies(TASKS, () -> CpuWorkloads.fib(N));

        @Override
        public long[] runBatch() throws Exception {
            List<Future<Long>> futures = executor.invokeAll(batch);
            long[] results = new long[futures.size()];
            for (int i = 0; i < results.length; i++) {
                results[i] = futures.get(i).get();
            }
            return results;
        }

        @Override
        public void close() {
            executor.shutdownNow();
        }
    }

    private record SuitePool(Engine engine) implements Pool {
        private static final List<Task> BATCH = Collections.nCopies(TASKS, new Task("fib", N));

        @Override
        public long[] runBatch() throws InterruptedException {
            return engine.run(BATCH);
        }

        @Override
        public void close() {
            engine.close();
        }
    }
}
