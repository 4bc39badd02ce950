package dev.boundbench.analysis.compare;

import dev.boundbench.analysis.read.BenchmarkResult;
import dev.boundbench.analysis.stats.Estimate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Matches the benchmarks of two runs (by name, mode, JMH threads and parameters) and judges each:
 * faster or slower when the interval of the speed ratio excludes 1, else no change. Without error
 * bars, a change beyond the threshold counts.
 */
public final class Comparison {

    private Comparison() {
    }

    /** One row per benchmark of either run: the matched ones in before's order, then those only in after. */
    public static List<CompareRow> compare(List<BenchmarkResult> before, List<BenchmarkResult> after,
            double thresholdPercent, List<String> warnings) {
        Map<String, BenchmarkResult> first = index(before, "before", warnings);
        Map<String, BenchmarkResult> second = index(after, "after", warnings);
        List<CompareRow> rows = new ArrayList<>();
        first.forEach((key, b) -> {
            BenchmarkResult a = second.get(key);
            rows.add(a == null ? new CompareRow(label(b), b, null, Estimate.UNKNOWN, Double.NaN, Change.ONLY_BEFORE)
                    : row(b, a, thresholdPercent));
        });
        second.forEach((key, a) -> {
            if (!first.containsKey(key)) {
                rows.add(new CompareRow(label(a), null, a, Estimate.UNKNOWN, Double.NaN, Change.ONLY_AFTER));
            }
        });
        return rows;
    }

    private static CompareRow row(BenchmarkResult b, BenchmarkResult a, double thresholdPercent) {
        if (!b.primary().unit().equals(a.primary().unit())) {
            return new CompareRow(label(b), b, a, Estimate.UNKNOWN, Double.NaN, Change.INCOMPARABLE);
        }
        Estimate rateBefore = Estimate.rateOf(b.primary(), b.direction());
        Estimate rateAfter = Estimate.rateOf(a.primary(), a.direction());
        Estimate speed = rateAfter.over(rateBefore);
        if (!speed.known() || speed.value() <= 0) {
            return new CompareRow(label(b), b, a, speed, Double.NaN, Change.INCOMPARABLE);
        }
        double slowdown = (1 / speed.value() - 1) * 100;
        Change change;
        if (speed.hasInterval()) {
            change = speed.above(1) ? Change.FASTER : speed.below(1) ? Change.SLOWER : Change.NO_CHANGE;
        } else {
            change = slowdown > thresholdPercent ? Change.SLOWER
                    : (speed.value() - 1) * 100 > thresholdPercent ? Change.FASTER : Change.NO_CHANGE;
        }
        return new CompareRow(label(b), b, a, speed, slowdown, change);
    }

    private static Map<String, BenchmarkResult> index(List<BenchmarkResult> results, String side,
            List<String> warnings) {
        Map<String, BenchmarkResult> map = new LinkedHashMap<>();
        for (BenchmarkResult r : results) {
            String key = r.benchmark() + "\u0000" + r.mode().label() + "\u0000" + r.threads() + "\u0000"
                    + new TreeMap<>(r.params());
            BenchmarkResult earlier = map.putIfAbsent(key, r);
            if (earlier != null) {
                warnings.add(r.source() + ": " + label(r) + " appears twice in " + side + "; compared the one from "
                        + earlier.source());
            }
        }
        return map;
    }

    /** {@code ScalingBenchmark.batch [avgt] workload=fib, engine=VIRTUAL, threads=4}. */
    static String label(BenchmarkResult r) {
        StringBuilder sb = new StringBuilder(r.shortName()).append(" [").append(r.mode().label()).append(']');
        if (r.threads() > 1) {
            sb.append(" jmh threads=").append(r.threads());
        }
        String params = String.join(", ", r.params().entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                .toList());
        return params.isEmpty() ? sb.toString() : sb.append(' ').append(params).toString();
    }
}
