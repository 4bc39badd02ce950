package dev.boundbench.bench;

import dev.boundbench.analysis.stats.Estimate;
import dev.boundbench.analysis.stats.PairedRatio;
import dev.boundbench.workload.Task;
import dev.boundbench.workload.WorkloadDescriptor;
import dev.boundbench.workload.WorkloadRunner;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * How this host's noise looks batch by batch, measured with the suite's own {@link Rounds}: a
 * group's configurations run in rounds for some seconds and every batch time is kept. It prints
 * each configuration's spread from one batch to the next, how alike neighbouring batches are (the
 * autocorrelation of every batch's log time less its configuration's mean, in the order they ran),
 * and, for each twin, its original's time over its own with a 95 % interval and the spread of
 * their log ratio per round, and from it the seconds of rounds a group needs for a ±2 % or ±1 %
 * interval. Arguments: {@code workload[:size] tasks seconds configs [batches.csv]
 * [lead-in [twins' lead-in]]}, {@code configs} as {@code GroupBenchmark}'s (joined by {@code +}, twins
 * marked {@code #2}); a lead-in is {@code none}, {@code whole} ({@link LeadIn}) or {@code quarter} (a
 * quarter of the batch, at least one task per thread), by default the suite's for the workload.
 * Twins given a lead-in of their own measure one lead-in against another, paired:
 * {@code platform-pool@2} with the whole batch against {@code platform-pool@2#2} with a quarter of
 * it, in the same rounds.
 */
public final class BatchTrace {

    private static final double WARMUP_SECONDS = 2;
    private static final int[] LAGS = {1, 2, 5, 10, 20};
    private static final int BLOCK_ROUNDS = 8;

    private BatchTrace() {
    }

    public static void main(String[] args) throws Exception {
        String[] workloadAndSize = args[0].split(":", 2);
        String workload = workloadAndSize[0];
        String size = workloadAndSize.length > 1 ? workloadAndSize[1] : "default";
        int tasks = Integer.parseInt(args[1]);
        double seconds = Double.parseDouble(args[2]);
        List<ConfigId> configs = Arrays.stream(args[3].split("\\+")).map(ConfigId::parse).toList();
        List<Batch> batches = new ArrayList<>();
        double roundSeconds;
        try (WorkloadRunner runner = WorkloadRunner.withDiscoveredWorkloads()) {
            WorkloadDescriptor descriptor = runner.catalog().get(workload);
            Task task = new Task(workload, SizeParam.resolve(size, descriptor));
            LeadIn leadIn = args.length > 5 ? leadIn(args[5]) : LeadIn.forKind(descriptor.kind());
            LeadIn twins = args.length > 6 ? leadIn(args[6]) : leadIn;
            LeadIn byCopy = (config, batch) -> (config.isTwin() ? twins : leadIn).tasks(config, batch);
            try (Rounds rounds = new Rounds(configs, runner, task, tasks, runner.run(task), 1,
                    RoundLog.newForTest(), byCopy)) {
                roundSeconds = trace(rounds, seconds, batches);
            }
        }
        if (args.length > 4) {
            write(Path.of(args[4]), batches);
        }
        print(configs, batches, roundSeconds);
    }

    private static LeadIn leadIn(String name) {
        return switch (name) {
            case "none" -> LeadIn.NONE;
            case "quarter" -> (config, batch) -> Math.min(batch, Math.max(config.threads(), (batch + 3) / 4));
            case "whole" -> LeadIn.WHOLE;
            default -> throw new IllegalArgumentException("Lead-in \"" + name + "\"; valid: none, quarter, whole");
        };
    }

    /** Rounds for a warm-up, then for {@code seconds}, each batch kept; the mean round's length in seconds. */
    private static double trace(Rounds rounds, double seconds, List<Batch> batches) throws InterruptedException {
        long warmupEnd = System.nanoTime() + (long) (WARMUP_SECONDS * 1e9);
        while (System.nanoTime() < warmupEnd) {
            rounds.runOne();
        }
        long start = System.nanoTime();
        int round = 0;
        while (System.nanoTime() - start < seconds * 1e9) {
            rounds.runOne();
            List<ConfigId> order = rounds.lastOrder();
            long[] nanos = rounds.lastNanos();
            for (int i = 0; i < order.size(); i++) {
                batches.add(new Batch(round, order.get(i), nanos[i]));
            }
            round++;
        }
        return (System.nanoTime() - start) / 1e9 / round;
    }

    private static void print(List<ConfigId> configs, List<Batch> batches, double roundSeconds) {
        int rounds = batches.get(batches.size() - 1).round() + 1;
        System.out.printf(Locale.ROOT, "%d rounds of %d configurations, %.0f ms a round%n", rounds, configs.size(),
                roundSeconds * 1e3);
        Map<ConfigId, double[]> logs = new LinkedHashMap<>();
        configs.forEach(id -> logs.put(id, batches.stream().filter(b -> b.config().equals(id))
                .mapToDouble(b -> Math.log(b.nanos())).toArray()));
        System.out.println("configuration: mean batch ms, spread of log batch time from batch to batch");
        logs.forEach((id, values) -> System.out.printf(Locale.ROOT, "  %-24s %8.2f ms  ±%.1f %%%n", id,
                Math.exp(mean(values)) / 1e6, 100 * sd(values)));
        double[] residuals = batches.stream().mapToDouble(b -> Math.log(b.nanos()) - mean(logs.get(b.config())))
                .toArray();
        StringBuilder lags = new StringBuilder("autocorrelation of neighbouring batches' residual log time, lag");
        for (int lag : LAGS) {
            lags.append(String.format(Locale.ROOT, " %d: %.2f", lag, autocorrelation(residuals, lag)));
        }
        System.out.println(lags);
        for (ConfigId twin : configs.stream().filter(ConfigId::isTwin).toList()) {
            ConfigId original = ConfigId.of(twin.engine(), twin.threads());
            double[] ratios = new double[rounds];
            batches.forEach(b -> ratios[b.round()] += b.config().equals(original) ? Math.log(b.nanos())
                    : b.config().equals(twin) ? -Math.log(b.nanos()) : 0);
            double spread = sd(ratios);
            System.out.printf(Locale.ROOT, "%s / %s: %s; log ratio per round ±%.1f %%; rounds for a ±2 %% interval:"
                    + " %.0f (%.0f s), for ±1 %%: %.0f (%.0f s)%n", original, twin, blockInterval(ratios),
                    100 * spread, roundsFor(spread, 0.02), roundsFor(spread, 0.02) * roundSeconds,
                    roundsFor(spread, 0.01), roundsFor(spread, 0.01) * roundSeconds);
        }
    }

    /**
     * exp(mean log ratio) with its 95 % interval by the suite's {@link PairedRatio#ofUnits}, taking blocks of
     * {@value #BLOCK_ROUNDS} rounds as the units, since neighbouring rounds drift together.
     */
    private static String blockInterval(double[] logRatios) {
        int blocks = logRatios.length / BLOCK_ROUNDS;
        double[] blockLogs = new double[blocks];
        for (int b = 0; b < blocks; b++) {
            blockLogs[b] = mean(Arrays.copyOfRange(logRatios, b * BLOCK_ROUNDS, (b + 1) * BLOCK_ROUNDS));
        }
        Estimate ratio = PairedRatio.ofUnits(blockLogs);
        if (!ratio.known()) {
            return "too few rounds for an interval";
        }
        return String.format(Locale.ROOT, "%.3f [%.3f, %.3f] over %d blocks of %d rounds", ratio.value(),
                ratio.low(), ratio.high(), blocks, BLOCK_ROUNDS);
    }

    /** Rounds whose mean log ratio has a 95 % half-width of {@code halfWidth}, with independent rounds. */
    private static double roundsFor(double spread, double halfWidth) {
        return Math.ceil(Math.pow(1.96 * spread / Math.log1p(halfWidth), 2));
    }

    private static void write(Path file, List<Batch> batches) throws IOException {
        try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(file))) {
            out.println("round,config,nanos");
            batches.forEach(b -> out.println(b.round() + "," + b.config() + "," + b.nanos()));
        }
    }

    private static double autocorrelation(double[] values, int lag) {
        double mean = mean(values);
        double product = 0;
        double square = 0;
        for (int i = 0; i < values.length; i++) {
            square += (values[i] - mean) * (values[i] - mean);
            if (i + lag < values.length) {
                product += (values[i] - mean) * (values[i + lag] - mean);
            }
        }
        return product / square;
    }

    private static double mean(double[] values) {
        return Arrays.stream(values).average().orElse(Double.NaN);
    }

    private static double sd(double[] values) {
        double mean = mean(values);
        return Math.sqrt(Arrays.stream(values).map(v -> (v - mean) * (v - mean)).sum() / (values.length - 1));
    }

    /** One batch: its round, its configuration, its time. */
    private record Batch(int round, ConfigId config, long nanos) {
    }
}
