package dev.boundbench.analysis.read;

import java.util.Objects;

/**
 * One metric of a benchmark, as JMH reports it.
 *
 * @param score the score, in {@code unit}; NaN when JMH wrote {@code "NaN"}
 * @param error the half-width of JMH's 99.9 % confidence interval, in {@code unit}; NaN when
 *     unknown (a single measurement)
 * @param low the lower end of the confidence interval, in {@code unit}; NaN when unknown
 * @param high the upper end of the confidence interval, in {@code unit}; NaN when unknown
 * @param unit the unit JMH wrote, e.g. {@code ms/op} or {@code ops/s}
 * @param samples how many measurement iterations (all forks together) lie behind the score
 * @param raw the per-fork, per-iteration values behind the score; {@link RawSamples#NONE} when the
 *     file has none
 * @param percentiles the latency percentiles of a sample-time metric; {@link Percentiles#NONE} otherwise
 */
public record Metric(double score, double error, double low, double high, String unit, int samples,
        RawSamples raw, Percentiles percentiles) {

    /** Checks the values. */
    public Metric {
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(raw, "raw");
        Objects.requireNonNull(percentiles, "percentiles");
        if (samples < 0) {
            throw new IllegalArgumentException("Samples must not be negative, got " + samples);
        }
        if (low > high) {
            throw new IllegalArgumentException("Confidence interval low " + low + " is above high " + high);
        }
    }

    /** A metric without percentiles. */
    public Metric(double score, double error, double low, double high, String unit, int samples, RawSamples raw) {
        this(score, error, low, high, unit, samples, raw, Percentiles.NONE);
    }

    /** Whether the confidence interval is known and finite. */
    public boolean hasInterval() {
        return Double.isFinite(low) && Double.isFinite(high);
    }
}
