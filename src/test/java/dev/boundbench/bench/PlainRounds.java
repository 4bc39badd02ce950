package dev.boundbench.bench;

import dev.boundbench.workload.CpuWorkloads;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.Future;
import org.apache.commons.math3.distribution.TDistribution;

/**
 * Paired measurement with bare Java, no harness and none of the suite's engines: a 1-thread pool,
 * two identical 2-thread pools, a {@code ForkJoinPool(2)} and virtual threads each run one batch of
 * 8 × fib(30) per round, in a fresh random order every round, for a number of windows of a few
 * seconds. It prints each ratio (time of the second / time of the first) with its 95 % interval
 * from the windows' log ratios, to set beside {@code GroupBenchmark}'s figures for the same
 * configurations. As in the suite's CPU-bound groups, each timed batch follows an untimed, checked
 * lead-in batch of its own configuration ({@link LeadIn#WHOLE}). Arguments:
 * {@code warmupSeconds windows windowSeconds}.
 */
public final class PlainRounds {

    private static final int TASKS = 8;
    private static final int N = 30;

    private PlainRounds() {
    }

    public static void main(String[] args) throws Exception {
        long warmup = (long) (Double.parseDouble(args[0]) * 1e9);
        int windows = Integer.parseInt(args[1]);
        long window = (long) (Double.parseDouble(args[2]) * 1e9);
        Map<String, ExecutorService> configs = new LinkedHashMap<>();
        configs.put("platform-pool@1", Executors.newFixedThreadPool(1));
        configs.put("platform-pool@2", Executors.newFixedThreadPool(2));
        configs.put("platform-pool@2#2", Executors.newFixedThreadPool(2));
        configs.put("fork-join@2", new ForkJoinPool(2));
        configs.put("virtual@2", Executors.newVirtualThreadPerTaskExecutor());
        List<String> names = new ArrayList<>(configs.keySet());
        SplittableRandom random = new SplittableRandom(1);
        try {
            timeWindow(configs, names, random, warmup);
            List<double[]> means = new ArrayList<>();
            for (int w = 0; w < windows; w++) {
                means.add(timeWindow(configs, names, random, window));
            }
            String[][] ratios = {{"platform-pool@2", "platform-pool@2#2"}, {"platform-pool@1", "platform-pool@2"},
                {"fork-join@2", "platform-pool@2"}, {"virtual@2", "platform-pool@2"}, {"fork-join@2", "virtual@2"}};
            for (String[] pair : ratios) {
                int a = names.indexOf(pair[0]);
                int b = names.indexOf(pair[1]);
                double[] logs = means.stream().mapToDouble(m -> Math.log(m[a] / m[b])).toArray();
                double mean = java.util.Arrays.stream(logs).average().orElseThrow();
                double sd = Math.sqrt(java.util.Arrays.stream(logs).map(x -> (x - mean) * (x - mean)).sum()
                        / (logs.length - 1));
                double half = new TDistribution(logs.length - 1).inverseCumulativeProbability(0.975) * sd
                        / Math.sqrt(logs.length);
                System.out.println(String.format(Locale.ROOT, "%s / %s = %.4f [%.4f, %.4f]", pair[0], pair[1],
                        Math.exp(mean), Math.exp(mean - half), Math.exp(mean + half)));
            }
        } finally {
            configs.values().forEach(ExecutorService::shutdownNow);
        }
    }

    /** Rounds of every configuration's batch, in a fresh order each, for {@code nanos}; each one's mean batch time. */
    private static double[] timeWindow(Map<String, ExecutorService> configs, List<String> names, SplittableRandom random,
                                       long nanos) throws Exception {
        double[] total = new double[names.size()];
        int rounds = 0;
        long start = System.nanoTime();
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            order.add(i);
        }
        List<Callable<Long>> batch = Collections.nCopies(TASKS, () -> CpuWorkloads.fib(N));
        long expected = CpuWorkloads.fib(N);
        do {
            Collections.shuffle(order, new java.util.Random(random.nextLong()));
            for (int i : order) {
                String name = names.get(i);
                check(configs.get(name).invokeAll(batch), expected, name);
                long t0 = System.nanoTime();
                List<Future<Long>> futures = configs.get(name).invokeAll(batch);
                long elapsed = System.nanoTime() - t0;
                check(futures, expected, name);
                total[i] += elapsed;
            }
            rounds++;
        } while (System.nanoTime() - start < nanos);
        for (int i = 0; i < total.length; i++) {
            total[i] /= rounds * 1e6;
        }
        return total;
    }

    private static void check(List<Future<Long>> futures, long expected, String name) throws Exception {
        for (Future<Long> f : futures) {
            if (f.get() != expected) {
                throw new IllegalStateException(name + " gave " + f.get());
            }
        }
    }
}
