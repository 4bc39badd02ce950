package dev.boundbench.analysis.compare;

import dev.boundbench.analysis.read.BenchmarkResult;
import dev.boundbench.analysis.stats.Estimate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Matches the benchmarks of two runs (by name, mode, JMH threads and parameters) and judges each,
 * as Criterion's noise threshold and benchstat's "~" do: no change when the interval of the ratio
 * holds 1 or when the change is below the threshold; else faster or slower. Without an interval,
 * the threshold alone decides.
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
            rows.add(a == null ? new CompareRow(label(b), b, null, Estimate.UNKNOWN, Change.ONLY_BEFORE)
                    : row(b, a, thresholdPercent));
        });
        second.forEach((key, a) -> {
            if (!first.containsKey(key)) {
                rows.add(new CompareRow(label(a), null, a, Estimate.UNKNOWN, Change.ONLY_AFTER));
            }
        });
        return rows;
    }

    private static CompareRow row(BenchmarkResult b, BenchmarkResult a, double thresholdPercent) {
        if (!b.primary().unit().equals(a.primary().unit())) {
            return new CompareRow(label(b), b, a, Estimate.UNKNOWN, Change.INCOMPARABLE);
        }
        Estimate speed = Estimate.rateRatio(a.primary(), b.primary(), b.direction());
        if (!speed.known() || speed.value() <= 0) {
            return new CompareRow(label(b), b, a, speed, Change.INCOMPARABLE);
        }
        CompareRow judged = new CompareRow(label(b), b, a, speed, Change.NO_CHANGE);
        double percent = judged.percent().value();
        boolean beyond = Math.abs(percent) >= thresholdPercent;
        boolean excludesOne = !speed.hasInterval() || speed.above(1) || speed.below(1);
        if (!beyond || !excludesOne) {
            return judged;
        }
        return new CompareRow(label(b), b, a, speed, speed.value() > 1 ? Change.FASTER : Change.SLOWER);
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
