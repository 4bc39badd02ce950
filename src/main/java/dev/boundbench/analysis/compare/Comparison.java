package dev.boundbench.analysis.compare;

import dev.boundbench.analysis.read.BenchmarkResult;
import dev.boundbench.analysis.read.EngineName;
import dev.boundbench.analysis.stats.Estimate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

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

    /**
     * When no benchmark of {@code before} matches one of {@code after}: one line naming the
     * parameters whose values the runs do not share (on two machines, typically {@code tasks},
     * whose default follows the cores); else empty.
     */
    public static String unmatched(List<CompareRow> rows, List<BenchmarkResult> before, List<BenchmarkResult> after) {
        if (rows.stream().anyMatch(r -> r.before() != null && r.after() != null)) {
            return "";
        }
        Map<String, Set<String>> b = values(before);
        Map<String, Set<String>> a = values(after);
        List<String> differ = new ArrayList<>();
        b.forEach((name, values) -> {
            Set<String> other = a.getOrDefault(name, Set.of());
            if (Collections.disjoint(values, other)) {
                differ.add(name + " (before " + String.join(", ", values) + ", after "
                        + (other.isEmpty() ? "none" : String.join(", ", other)) + ")");
            }
        });
        return "No benchmark ran with the same parameters in both runs" + (differ.isEmpty() ? ""
                : "; they differ in " + String.join("; ", differ)) + ": rerun one with the other's values "
                + "(e.g. --tasks) to compare them.";
    }

    private static Map<String, Set<String>> values(List<BenchmarkResult> results) {
        Map<String, Set<String>> values = new TreeMap<>();
        results.forEach(r -> r.params().forEach((k, v) -> values.computeIfAbsent(k, x -> new TreeSet<>())
                .add(k.equals(EngineName.PARAM) ? EngineName.of(v) : v)));
        return values;
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

    /** {@code ScalingBenchmark.batch [avgt] workload=fib, engine=virtual, threads=4}. */
    static String label(BenchmarkResult r) {
        StringBuilder sb = new StringBuilder(r.shortName()).append(" [").append(r.mode().label()).append(']');
        if (r.threads() > 1) {
            sb.append(" jmh threads=").append(r.threads());
        }
        String params = EngineName.paramsText(r.params());
        return params.isEmpty() ? sb.toString() : sb.append(' ').append(params).toString();
    }
}
