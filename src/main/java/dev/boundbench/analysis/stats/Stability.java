package dev.boundbench.analysis.stats;

import dev.boundbench.analysis.read.BenchmarkResult;
import dev.boundbench.analysis.read.Metric;
import dev.boundbench.analysis.read.PairedGroup;
import dev.boundbench.analysis.read.RawSamples;
import dev.boundbench.analysis.read.Warning;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.apache.commons.math3.special.Erf;
import org.apache.commons.math3.stat.StatUtils;

/**
 * pyperf-style checks on the iterations behind a score (the primary metric's raw samples): is the
 * spread wide, is one iteration far off, do the iterations drift? Each check that fires is a
 * warning naming the point; a point with too few iterations for a check is counted, and said once.
 *
 * <p>The trend test is the Mann–Kendall test pooled over forks (the "seasonal" Kendall test of
 * Hirsch, Slack and Smith, 1982, each fork a season): S is the sum over forks of
 * Σ<sub>i&lt;j</sub> sign(x<sub>j</sub> − x<sub>i</sub>) along the iteration index, its variance
 * the sum of n(n−1)(2n+5)/18, and z = (S − sign S)/√var is compared with the normal distribution.
 * Pooling suits the question: a warm-up that is too short drifts every fork the same way. A trend
 * is reported only when p &lt; {@value #TREND_ALPHA} <em>and</em> the mean of the last third of the
 * iterations (of every fork together) differs from the first third's by more than
 * {@value #TREND_CHANGE_LIMIT} of it, in S's direction, so that pure noise rarely trips it (a
 * run with noise of 1 % would need a 3-sigma jump in the thirds as well as a significant rank
 * order). A point is checked for trend only where a perfect drift could reach p &lt;
 * {@value #TREND_ALPHA} at all: one fork of 6 iterations, or two forks of 4, not the quick and
 * standard profiles' single fork of 5.
 *
 * <p>The spread is not judged on points measured side by side in a paired group
 * ({@link PairedGroup#BENCHMARK}): their raw times carry the host's drift over the rounds, which the
 * group's configurations share and which cancels in their paired ratios, so on such points the check
 * fired on about half of a run and told nothing. What is left of their noise is in the intervals of
 * their ratios and in the group's A/A control. Outliers and trends are still looked for there: a
 * single round far off or a drift along the rounds is worth knowing even when pairing absorbs it.
 */
public final class Stability {

    /** A spread is flagged when the sample standard deviation is at least this fraction of the mean. */
    public static final double SPREAD_LIMIT = 0.10;

    /** An outlier is flagged when an iteration lies at least this fraction of the mean away from it. */
    public static final double OUTLIER_LIMIT = 0.50;

    /** The Mann–Kendall significance level of a trend. */
    public static final double TREND_ALPHA = 0.01;

    /** The change from the first to the last third of the iterations a trend needs, as a fraction of the first. */
    public static final double TREND_CHANGE_LIMIT = 0.03;

    private Stability() {
    }

    /** The checks, each with its name as warnings show it. */
    public enum Check {
        /** The standard deviation against the mean. */
        SPREAD("spread", Warning.Kind.SPREAD),
        /** The iteration farthest from the mean. */
        OUTLIER("outlier", Warning.Kind.OUTLIER),
        /** A monotone drift along the iterations of the forks. */
        TREND("trend", Warning.Kind.TREND);

        private final String label;
        private final Warning.Kind kind;

        Check(String label, Warning.Kind kind) {
            this.label = label;
            this.kind = kind;
        }

        /** The kind of warning it raises. */
        public Warning.Kind kind() {
            return kind;
        }

        /** The check's name, e.g. {@code spread}. */
        public String label() {
            return label;
        }
    }

    /** A check that fired, with the numbers it saw; {@link #text()} says it for the warnings. */
    public sealed interface Finding permits Spread, Outlier, Trend {

        /** Which check fired. */
        Check check();

        /** What it saw, e.g. "the std dev of its 6 iterations is 14 % of their mean (limit 10 %) …". */
        String detail();

        /** "spread: the std dev …". */
        default String text() {
            return check().label() + ": " + detail();
        }
    }

    /**
     * A spread at or above {@link #SPREAD_LIMIT}.
     *
     * @param iterations how many iterations the point has
     * @param cv their sample standard deviation as a fraction of their mean
     */
    public record Spread(int iterations, double cv) implements Finding {

        @Override
        public Check check() {
            return Check.SPREAD;
        }

        @Override
        public String detail() {
            return "the std dev of its " + iterations + " iterations is " + percent(cv) + " of their mean (limit "
                    + percent(SPREAD_LIMIT) + "): the score is vague; rerun on a quieter machine or with longer iterations";
        }
    }

    /**
     * The iteration farthest from the mean, at least {@link #OUTLIER_LIMIT} of it away.
     *
     * @param fork its fork, counted from 1
     * @param iteration its place in the fork, counted from 1
     * @param value its score
     * @param mean the mean of every iteration
     * @param distance how far it lies from the mean, as a fraction of the mean
     */
    public record Outlier(int fork, int iteration, double value, double mean, double distance) implements Finding {

        @Override
        public Check check() {
            return Check.OUTLIER;
        }

        @Override
        public String detail() {
            return "iteration " + iteration + " of fork " + fork + " (" + Numbers.plain(round(value)) + ") is "
                    + percent(distance) + (value > mean ? " above" : " below") + " the mean of "
                    + Numbers.plain(round(mean)) + " (limit " + percent(OUTLIER_LIMIT)
                    + "): something else ran, or the JIT or GC changed course, during that iteration";
        }
    }

    /**
     * A Mann–Kendall trend that also moves the thirds.
     *
     * @param change the change from the mean of the first third to the last's, as a fraction of the first
     * @param s Mann–Kendall's S pooled over the forks
     * @param p its two-sided p-value
     */
    public record Trend(double change, double s, double p) implements Finding {

        @Override
        public Check check() {
            return Check.TREND;
        }

        @Override
        public String detail() {
            return "the iterations " + (change > 0 ? "rise " : "fall ") + percent(Math.abs(change))
                    + " from the first to the last third of each fork (Mann–Kendall S = " + Numbers.plain(s) + ", p = "
                    + String.format(Locale.ROOT, "%.2g", p) + " < " + Numbers.plain(TREND_ALPHA)
                    + "): the warm-up was too short, or the machine changed during the run";
        }
    }

    /** Whether {@code check} applies to {@code result} at all: not the spread of a point measured in a paired group. */
    public static boolean judged(Check check, BenchmarkResult result) {
        return check != Check.SPREAD || !result.benchmark().equals(PairedGroup.BENCHMARK);
    }

    /** Whether {@code raw} has enough iterations for {@code check}. */
    public static boolean checkable(Check check, RawSamples raw) {
        return switch (check) {
            case SPREAD -> raw.count() >= 2;
            case OUTLIER -> raw.count() >= 3;
            case TREND -> twoSidedP(trendMax(raw), trendVariance(raw)) < TREND_ALPHA;
        };
    }

    /** What {@code check} finds in {@code raw}; empty when it is steady or too short to tell. */
    public static Optional<Finding> run(Check check, RawSamples raw) {
        if (!checkable(check, raw)) {
            return Optional.empty();
        }
        return switch (check) {
            case SPREAD -> spread(raw);
            case OUTLIER -> outlier(raw);
            case TREND -> trend(raw);
        };
    }

    /** Flags a sample standard deviation of at least {@link #SPREAD_LIMIT} of the mean. */
    static Optional<Finding> spread(RawSamples raw) {
        double[] x = raw.all();
        double mean = StatUtils.mean(x);
        if (mean == 0) {
            return Optional.empty();
        }
        double cv = Math.sqrt(StatUtils.variance(x, mean)) / Math.abs(mean);
        if (!(cv >= SPREAD_LIMIT)) {
            return Optional.empty();
        }
        return Optional.of(new Spread(x.length, cv));
    }

    /** Flags the iteration farthest from the mean when it is at least {@link #OUTLIER_LIMIT} of the mean away. */
    static Optional<Finding> outlier(RawSamples raw) {
        double mean = StatUtils.mean(raw.all());
        if (mean == 0) {
            return Optional.empty();
        }
        int fork = -1;
        int iteration = -1;
        double worst = 0;
        for (int f = 0; f < raw.forkCount(); f++) {
            double[] x = raw.fork(f);
            for (int i = 0; i < x.length; i++) {
                double distance = Math.abs(x[i] - mean) / Math.abs(mean);
                if (distance > worst) {
                    worst = distance;
                    fork = f;
                    iteration = i;
                }
            }
        }
        if (!(worst >= OUTLIER_LIMIT)) {
            return Optional.empty();
        }
        return Optional.of(new Outlier(fork + 1, iteration + 1, raw.fork(fork)[iteration], mean, worst));
    }

    /** Flags a Mann–Kendall trend over the forks' iterations that also moves the thirds (see the class comment). */
    static Optional<Finding> trend(RawSamples raw) {
        double s = 0;
        double first = 0;
        double last = 0;
        int thirds = 0;
        for (int f = 0; f < raw.forkCount(); f++) {
            double[] x = raw.fork(f);
            if (x.length < 3) {
                continue;
            }
            for (int i = 0; i < x.length; i++) {
                for (int j = i + 1; j < x.length; j++) {
                    s += Math.signum(x[j] - x[i]);
                }
            }
            int k = x.length / 3;
            for (int i = 0; i < k; i++) {
                first += x[i];
                last += x[x.length - 1 - i];
            }
            thirds += k;
        }
        double p = twoSidedP(s, trendVariance(raw));
        double change = (last / thirds - first / thirds) / Math.abs(first / thirds);
        if (!(p < TREND_ALPHA && Math.abs(change) > TREND_CHANGE_LIMIT && Math.signum(change) == Math.signum(s))) {
            return Optional.empty();
        }
        return Optional.of(new Trend(change, s, p));
    }

    /** S of a perfect drift over the forks that the trend test uses (those of at least 3 iterations). */
    private static double trendMax(RawSamples raw) {
        double max = 0;
        for (int f = 0; f < raw.forkCount(); f++) {
            int n = raw.fork(f).length;
            max += n >= 3 ? n * (n - 1) / 2.0 : 0;
        }
        return max;
    }

    /** The variance of S under no trend, without a correction for ties. */
    private static double trendVariance(RawSamples raw) {
        double var = 0;
        for (int f = 0; f < raw.forkCount(); f++) {
            int n = raw.fork(f).length;
            var += n >= 3 ? n * (n - 1) * (2.0 * n + 5) / 18 : 0;
        }
        return var;
    }

    /** The two-sided normal p-value of S with a continuity correction; 1 when there is nothing to test. */
    private static double twoSidedP(double s, double variance) {
        if (variance <= 0) {
            return 1;
        }
        double z = (Math.abs(s) - 1) / Math.sqrt(variance);
        return z <= 0 ? 1 : Erf.erfc(z / Math.sqrt(2));
    }

    /**
     * Every check on every result's primary metric.
     *
     * @param results the benchmarks
     * @return the warnings, one per check that fired, and the counts for the summary line
     */
    public static Review review(List<BenchmarkResult> results) {
        List<Warning> warnings = new ArrayList<>();
        Map<Check, Integer> flagged = new EnumMap<>(Check.class);
        Map<Check, Integer> notChecked = new EnumMap<>(Check.class);
        int flaggedPoints = 0;
        int paired = 0;
        for (BenchmarkResult r : results) {
            Metric m = r.primary();
            boolean any = false;
            paired += judged(Check.SPREAD, r) ? 0 : 1;
            for (Check check : Check.values()) {
                if (!judged(check, r)) {
                    continue;
                }
                if (!checkable(check, m.raw())) {
                    notChecked.merge(check, 1, Integer::sum);
                    continue;
                }
                Optional<Finding> finding = run(check, m.raw());
                if (finding.isPresent()) {
                    warnings.add(Warning.about(finding.get().check().kind(), r, finding.get().text()));
                    flagged.merge(check, 1, Integer::sum);
                    any = true;
                }
            }
            flaggedPoints += any ? 1 : 0;
        }
        return new Review(results.size(), flaggedPoints, warnings, flagged, notChecked, paired);
    }

    /**
     * The stability of a run.
     *
     * @param points the benchmarks reviewed
     * @param flaggedPoints how many of them at least one check flagged
     * @param warnings one line per check that fired, naming the point
     * @param flagged how many points each check flagged
     * @param notChecked how many points each check could not look at, for too few iterations
     * @param pairedPoints how many points were measured in paired groups, whose spread is not judged
     */
    public record Review(int points, int flaggedPoints, List<Warning> warnings, Map<Check, Integer> flagged,
            Map<Check, Integer> notChecked, int pairedPoints) {

        /** Freezes the collections. */
        public Review {
            warnings = List.copyOf(warnings);
            flagged = Map.copyOf(flagged);
            notChecked = Map.copyOf(notChecked);
        }

        /** One line for the top of the report, naming every check, what it flagged and what it could not check. */
        public String line() {
            String checks = "spread (std dev ≥ " + percent(SPREAD_LIMIT) + " of the mean), outlier (an iteration ≥ "
                    + percent(OUTLIER_LIMIT) + " from the mean) or trend (a drift across a fork's iterations)";
            String head = flaggedPoints == 0 ? "Stability: no point flagged for " + checks
                    : "Stability: " + flaggedPoints + " of " + points + " points flagged for " + checks + " — "
                            + List.of(Check.values()).stream().map(c -> c.label() + " " + flagged.getOrDefault(c, 0))
                                    .collect(Collectors.joining(", ")) + "; see Warnings";
            String skipped = List.of(Check.values()).stream().filter(notChecked::containsKey)
                    .map(c -> c.label() + " on " + notChecked.get(c) + " of " + points)
                    .collect(Collectors.joining(", "));
            String paired = pairedPoints == 0 ? "" : " Spread not judged on the " + pairedPoints
                    + " paired points: their raw times carry the host's drift, which cancels in their ratios.";
            return head + (skipped.isEmpty() ? "." : ". Not checked, too few iterations: " + skipped + " points"
                    + (notChecked.containsKey(Check.TREND) ? " (a trend needs a fork of 6 iterations or two of 4)" : "")
                    + ".") + paired;
        }
    }

    private static double round(double v) {
        return Double.parseDouble(String.format(Locale.ROOT, "%.4g", v));
    }

    private static String percent(double fraction) {
        return Math.round(fraction * 100) + " %";
    }
}
