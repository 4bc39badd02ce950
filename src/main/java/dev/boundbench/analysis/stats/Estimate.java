package dev.boundbench.analysis.stats;

import dev.boundbench.analysis.read.Direction;
import dev.boundbench.analysis.read.Metric;

/**
 * A value with its confidence interval and the method that made it. The bounds are NaN when the
 * interval is unknown, and the upper bound may be infinite (a ratio over an interval reaching 0).
 *
 * @param value the estimate; NaN when unknown
 * @param low the lower bound; NaN when unknown
 * @param high the upper bound; NaN when unknown
 * @param method how the interval was made
 */
public record Estimate(double value, double low, double high, Method method) {

    /** How an interval was made. */
    public enum Method {
        /** JMH's 99.9 % score error, or interval arithmetic on such errors (the widest bounds). */
        JMH_ERROR,
        /**
         * The unpaired 95 % hierarchical bootstrap of a ratio from raw samples measured apart
         * ({@link HierarchicalBootstrap}); the host's drift between the two sits inside it.
         */
        BOOTSTRAP,
        /** The 95 % interval of a ratio measured side by side, from its paired log ratios ({@link PairedRatio}). */
        PAIRED,
        /** No interval, or an exact value. */
        NONE
    }

    /** An estimate that knows nothing. */
    public static final Estimate UNKNOWN = new Estimate(Double.NaN, Double.NaN, Double.NaN);

    /** Checks that the bounds are in order. */
    public Estimate {
        java.util.Objects.requireNonNull(method, "method");
        if (low > high) {
            throw new IllegalArgumentException("Interval low " + low + " is above high " + high);
        }
    }

    /** An estimate with JMH's score error or interval arithmetic on it behind its interval. */
    public Estimate(double value, double low, double high) {
        this(value, low, high, Double.isNaN(low) && Double.isNaN(high) ? Method.NONE : Method.JMH_ERROR);
    }

    /** Exactly {@code value}, with a zero-width interval (a point's speedup over itself). */
    public static Estimate exact(double value) {
        return new Estimate(value, value, value, Method.NONE);
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
            return new Estimate(1 / value, Double.NaN, Double.NaN, method);
        }
        double lo = high > 0 ? 1 / high : Double.NaN;
        double hi = low > 0 ? 1 / low : Double.POSITIVE_INFINITY;
        return Double.isNaN(lo) ? new Estimate(1 / value, Double.NaN, Double.NaN, method)
                : new Estimate(1 / value, lo, hi, method);
    }

    /**
     * this / other, for positive quantities, by interval arithmetic (the widest bounds): the
     * fallback for ratios when raw samples are missing, so the method is always {@link Method#JMH_ERROR}.
     */
    public Estimate over(Estimate other) {
        double v = value / other.value;
        if (!hasInterval() || !other.hasInterval() || other.high <= 0) {
            return new Estimate(v, Double.NaN, Double.NaN, Method.JMH_ERROR);
        }
        double lo = Math.max(0, low) / other.high;
        double hi = other.low > 0 ? high / other.low : Double.POSITIVE_INFINITY;
        return new Estimate(v, Math.min(lo, v), Math.max(hi, v), Method.JMH_ERROR);
    }

    /**
     * The rate of {@code a} over the rate of {@code b} (above 1: a is faster), both measured in the
     * same unit and {@code direction}: by {@link PairedRatio} when the two were measured side by side
     * ({@link dev.boundbench.analysis.read.RawSamples#pairedWith}), else by the unpaired
     * {@link HierarchicalBootstrap} when both have raw samples, else by interval arithmetic on JMH's
     * score errors ({@link #over}). The value is the ratio of JMH's scores either way.
     */
    public static Estimate rateRatio(Metric a, Metric b, Direction direction) {
        Estimate fallback = rateOf(a, direction).over(rateOf(b, direction));
        boolean higher = direction == Direction.HIGHER_IS_BETTER;
        if (a.raw().pairedWith(b.raw())) {
            Estimate paired = higher ? PairedRatio.of(a.raw(), b.raw()) : PairedRatio.of(b.raw(), a.raw());
            if (paired.method() == Method.PAIRED && fallback.known()) {
                return centred(fallback.value(), paired);
            }
        }
        if (!HierarchicalBootstrap.usable(a.raw()) || !HierarchicalBootstrap.usable(b.raw())) {
            return fallback;
        }
        Estimate boot = higher ? HierarchicalBootstrap.ratio(a.raw(), b.raw())
                : HierarchicalBootstrap.ratio(b.raw(), a.raw());
        if (boot.method() != Method.BOOTSTRAP || !fallback.known()) {
            return fallback;
        }
        return centred(fallback.value(), boot);
    }

    /**
     * {@code interval} moved on the log scale to centre on {@code value}, the scores' ratio
     * (sample-mode scores weigh iterations by their sample counts).
     */
    private static Estimate centred(double value, Estimate interval) {
        double shift = value / interval.value();
        return new Estimate(value, Math.min(value, interval.low() * shift), Math.max(value, interval.high() * shift),
                interval.method());
    }

    /** Whether the interval comes from values measured side by side ({@link Method#PAIRED}). */
    public boolean paired() {
        return method == Method.PAIRED;
    }

    /** this × factor, for a positive factor; the method carries over. */
    public Estimate times(double factor) {
        return new Estimate(value * factor, low * factor, high * factor, method);
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
