package dev.boundbench.analysis.stats;

import dev.boundbench.analysis.read.BenchmarkResult;
import dev.boundbench.analysis.read.Metric;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.math3.stat.StatUtils;

/**
 * How fast one core ran while each point was measured, from the profiler's {@code ·cpu.speed}
 * ({@code fib(24)} timed for 10 ms before each measured iteration, µs per call). A host whose speed
 * moves — a shared cloud core, turbo, a thermal limit — shows no foreign CPU and no steal, yet
 * makes points measured minutes apart incomparable, and every ratio between them carries the
 * difference. Each point's median is set beside the median of all points, and a point over
 * {@value #OFF_PERCENT} % off is named.
 *
 * @param points the benchmarks of the run
 * @param measured how many points carry the figure
 * @param runMedian the median of the points' medians, in µs per call; NaN when no point carries the figure
 * @param fastest the fastest point's median, in µs per call; NaN when none
 * @param slowest the slowest point's median, in µs per call; NaN when none
 * @param off the points over {@value #OFF_PERCENT} % off the run's median, in file order
 */
public record HostSpeed(int points, int measured, double runMedian, double fastest, double slowest, List<Off> off) {

    /** A point's median more than this far from the run's, in percent, is called off. */
    public static final double OFF_PERCENT = 20;

    /** The secondary result the profiler writes (its {@code MachineLoadProfiler.CPU_SPEED}). */
    public static final String METRIC = "\u00b7cpu.speed";

    /**
     * A point measured on a core of another speed than the run's.
     *
     * @param result the point
     * @param micros its median, in µs per {@code fib(24)} call
     */
    public record Off(BenchmarkResult result, double micros) {
    }

    /** Freezes the list. */
    public HostSpeed {
        off = List.copyOf(off);
    }

    /** The speeds of {@code results}' points. */
    public static HostSpeed of(List<BenchmarkResult> results) {
        List<BenchmarkResult> withSpeed = new ArrayList<>();
        List<Double> medians = new ArrayList<>();
        for (BenchmarkResult r : results) {
            double median = pointMedian(r);
            if (median > 0) {
                withSpeed.add(r);
                medians.add(median);
            }
        }
        if (medians.isEmpty()) {
            return new HostSpeed(results.size(), 0, Double.NaN, Double.NaN, Double.NaN, List.of());
        }
        double[] sorted = medians.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        double runMedian = StatUtils.percentile(sorted, 50);
        List<Off> off = new ArrayList<>();
        for (int i = 0; i < withSpeed.size(); i++) {
            if (Math.abs(percentOff(medians.get(i), runMedian)) > OFF_PERCENT) {
                off.add(new Off(withSpeed.get(i), medians.get(i)));
            }
        }
        return new HostSpeed(results.size(), sorted.length, runMedian, sorted[0], sorted[sorted.length - 1], off);
    }

    /** The median of a point's per-iteration figures, or its score without raw data; NaN without the metric. */
    public static double pointMedian(BenchmarkResult result) {
        Metric metric = result.secondary().get(METRIC);
        if (metric == null) {
            return Double.NaN;
        }
        double[] all = metric.raw().all();
        return all.length == 0 ? metric.score() : StatUtils.percentile(all, 50);
    }

    private static double percentOff(double micros, double reference) {
        return 100 * (micros / reference - 1);
    }

    /**
     * One line: "Host speed: fib(24) took 195–335 µs per call across the points (median 210); 12 of
     * 77 points ran on a core over 20 % off that: …", or "… not measured".
     */
    public String line() {
        if (measured == 0) {
            return "Host speed: not measured (the results carry no " + METRIC + ")";
        }
        String head = String.format(Locale.ROOT, "Host speed: fib(24) took %.0f–%.0f µs per call on one core across"
                + " the points (median %.0f)", fastest, slowest, runMedian);
        if (off.isEmpty()) {
            return head + "; every point within " + Numbers.plain(OFF_PERCENT) + " % of it";
        }
        return head + "; " + off.size() + " of " + measured + " points ran on a core over " + Numbers.plain(OFF_PERCENT)
                + " % off that, and their ratios to the others carry the difference (see Warnings)";
    }

    /** One warning per point off the run's speed, naming it and by how much. */
    public List<String> warnings() {
        List<String> warnings = new ArrayList<>();
        for (Off o : off) {
            double percent = percentOff(o.micros(), runMedian);
            warnings.add(String.format(Locale.ROOT, "%s: host speed: fib(24) took %.0f µs per call on one core while it"
                    + " ran, against the run's median of %.0f (%+.0f %%): it ran on a %s core than the other points",
                    o.result().label(), o.micros(), runMedian, percent, percent > 0 ? "slower" : "faster"));
        }
        return warnings;
    }
}
