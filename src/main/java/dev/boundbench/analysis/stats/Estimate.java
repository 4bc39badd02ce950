package dev.boundbench.analysis.stats;

import dev.boundbench.analysis.read.Direction;
import dev.boundbench.analysis.read.Metric;

/**
 * A value with its confidence interval (99.9 %, as JMH's score error). The bounds are NaN when the
 * interval is unknown, and the upper bound may be infinite (a ratio over an interval reaching 0).
 *
 * @param value the estimate; NaN when unknown
 * @param low the lower bound; NaN when unknown
 * @param high the upper bound; NaN when unknown
 */
public record Estimate(double value, double low, double high) {

    /** An estimate that knows nothing. */
    public static final Estimate UNKNOWN = new Estimate(Double.NaN, Double.NaN, Double.NaN);

    /** Checks that the bounds are in order. */
    public Estimate {
        if (low > high) {
            throw new IllegalArgumentException("Interval low " + low + " is above high " + high);
        }
    }

    /** The score of {@code metric} with JMH's confidence interval. */
    public static Estimate of(Metric metric) {
        return new Estimate(metric.score(), metric.low(), metric.high());
    }

    /** The score of {@code metric} as a rate (more is better), its interval carried over. */
    public static Estimate rateOf(Metric metric, Direction direction) {
        Estimate score = of(metric);
        return direction == Direction.HIGHER_IS_BETTER ? score : score.inverse();
    }

    /** Whether the value is a finite number. */
    public boolean known() {
        return Double.isFinite(value);
    }

    /** Whether both bounds are known (the upper one may be infinite). */
    public boolean hasInterval() {
        return !Double.isNaN(low) && !Double.isNaN(high);
    }

    /** 1 / this, for a positive quantity: the interval turns round, and reaches infinity at 0. */
    public Estimate inverse() {
        if (!hasInterval()) {
            return new Estimate(1 / value, Double.NaN, Double.NaN);
        }
        double lo = high > 0 ? 1 / high : Double.NaN;
        double hi = low > 0 ? 1 / low : Double.POSITIVE_INFINITY;
        return Double.isNaN(lo) ? new Estimate(1 / value, Double.NaN, Double.NaN) : new Estimate(1 / value, lo, hi);
    }

    /** this / other, for positive quantities, by interval arithmetic (the widest bounds). */
    public Estimate over(Estimate other) {
        double v = value / other.value;
        if (!hasInterval() || !other.hasInterval() || other.high <= 0) {
            return new Estimate(v, Double.NaN, Double.NaN);
        }
        double lo = Math.max(0, low) / other.high;
        double hi = other.low > 0 ? high / other.low : Double.POSITIVE_INFINITY;
        return new Estimate(v, Math.min(lo, v), Math.max(hi, v));
    }

    /** this × factor, for a positive factor. */
    public Estimate times(double factor) {
        return new Estimate(value * factor, low * factor, high * factor);
    }

    /** Whether the two intervals share a point; unknown intervals count as overlapping. */
    public boolean overlaps(Estimate other) {
        if (!hasInterval() || !other.hasInterval()) {
            return true;
        }
        return low <= other.high && other.low <= high;
    }

    /** Whether the interval lies wholly above {@code x}. */
    public boolean above(double x) {
        return hasInterval() && low > x;
    }

    /** Whether the interval lies wholly below {@code x}. */
    public boolean below(double x) {
        return hasInterval() && high < x;
    }
}
