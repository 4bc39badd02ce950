package dev.boundbench.analysis.verdict;

import dev.boundbench.analysis.stats.CurveStats;
import dev.boundbench.analysis.stats.Estimate;
import dev.boundbench.analysis.stats.PointStats;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.apache.commons.math3.stat.StatUtils;

/**
 * How wide a run's speedup intervals are, by kind of work: which differences the run can show at
 * all. A speedup known to ±20 % cannot tell two engines 10 % apart, whatever their means say; a
 * noisy host shows here before it misleads a verdict. A width is the interval's half-width
 * relative to the speedup, (high − low) / 2 / speedup, over every point above one thread whose
 * speedup has an interval.
 *
 * @param kinds one entry per kind of work, in the order the workloads came
 */
public record Precision(List<KindWidths> kinds) {

    /** A speedup interval wider than this, in percent either side, is called too wide for a verdict on smaller differences. */
    public static final double WIDE_PERCENT = 10;

    /**
     * The widths of one kind of work's speedup intervals.
     *
     * @param kind the kind ({@code CPU}, {@code IO}, ...)
     * @param widthsPercent every width, in percent, ascending
     */
    public record KindWidths(String kind, double[] widthsPercent) {

        /** Checks the values and keeps a sorted copy. */
        public KindWidths {
            Objects.requireNonNull(kind, "kind");
            widthsPercent = widthsPercent.clone();
            Arrays.sort(widthsPercent);
            if (widthsPercent.length == 0) {
                throw new IllegalArgumentException("A kind needs at least one width");
            }
        }

        @Override
        public double[] widthsPercent() {
            return widthsPercent.clone();
        }

        /** The median width, in percent. */
        public double median() {
            return StatUtils.percentile(widthsPercent, 50);
        }

        /** How many widths exceed {@link #WIDE_PERCENT}. */
        public long wide() {
            return Arrays.stream(widthsPercent).filter(w -> w > WIDE_PERCENT).count();
        }

        /** "CPU: 30 speedups, ±3.0–28 % (median 12 %), 20 wider than ±10 %". */
        public String describe() {
            int n = widthsPercent.length;
            String low = number(widthsPercent[0]);
            String high = number(widthsPercent[n - 1]);
            String range = low.equals(high) ? "±" + high + " %"
                    : "±" + low + "–" + high + " % (median " + percent(median()) + ")";
            return kind + ": " + n + (n == 1 ? " speedup, " : " speedups, ") + range + ", " + wide() + " wider than ±"
                    + percent(WIDE_PERCENT);
        }
    }

    /** Freezes the list. */
    public Precision {
        kinds = List.copyOf(kinds);
    }

    /** The widths of every workload's speedups above one thread, grouped by the workload's kind. */
    public static Precision of(List<Workload> workloads) {
        Map<String, List<Double>> byKind = new LinkedHashMap<>();
        for (Workload workload : workloads) {
            for (CurveStats curve : workload.curves()) {
                for (PointStats point : curve.points()) {
                    double width = relativeHalfWidth(point.speedup());
                    if (point.n() > 1 && Double.isFinite(width)) {
                        byKind.computeIfAbsent(workload.kind(), k -> new ArrayList<>()).add(width);
                    }
                }
            }
        }
        List<KindWidths> kinds = new ArrayList<>();
        byKind.forEach((kind, widths) -> kinds.add(new KindWidths(kind,
                widths.stream().mapToDouble(Double::doubleValue).toArray())));
        return new Precision(kinds);
    }

    /** (high − low) / 2 / value, in percent; NaN without a finite interval around a positive value. */
    static double relativeHalfWidth(Estimate estimate) {
        if (!estimate.known() || !estimate.hasInterval() || !(estimate.value() > 0) || !Double.isFinite(estimate.high())) {
            return Double.NaN;
        }
        return 100 * (estimate.high() - estimate.low()) / 2 / estimate.value();
    }

    /**
     * One line of plain text: "Precision: speedup intervals, half-width relative to the speedup — CPU:
     * 30 speedups, ±3.0–28 % (median 12 %), 20 wider than ±10 %; IO: …. A difference smaller than an
     * interval's width is not shown by this run."
     */
    public String line() {
        if (kinds.isEmpty()) {
            return "Precision: no speedup above one thread with an interval";
        }
        StringBuilder sb = new StringBuilder("Precision: speedup intervals, half-width relative to the speedup — ");
        for (int i = 0; i < kinds.size(); i++) {
            sb.append(i == 0 ? "" : "; ").append(kinds.get(i).describe());
        }
        return sb.append(". A difference smaller than an interval's width is not shown by this run").toString();
    }

    /** Two significant figures, at least a whole number: 28, 12, 3.0, 0.54. */
    private static String number(double value) {
        return value >= 10 ? String.format(Locale.ROOT, "%.0f", value)
                : value >= 1 ? String.format(Locale.ROOT, "%.1f", value) : String.format(Locale.ROOT, "%.2f", value);
    }

    private static String percent(double value) {
        return number(value) + " %";
    }
}
