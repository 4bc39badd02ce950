package dev.boundbench.analysis.stats;

import dev.boundbench.analysis.read.BenchmarkResult;
import java.util.Objects;

/**
 * The numbers of one point of a curve.
 *
 * @param n the scale value (threads, by default)
 * @param result the benchmark behind the point
 * @param score the score with JMH's interval, in the benchmark's unit
 * @param speedup the speedup against the curve's one-thread point (T(1)/T(n) or X(n)/X(1));
 *     unknown without a one-thread point
 * @param efficiency speedup / n
 * @param karpFlatt the Karp–Flatt serial fraction (1/S − 1/n) / (1 − 1/n); unknown at n ≤ 1
 * @param vsSequential the speedup against the {@code sequential} engine at the same other
 *     parameters; unknown where the run has none
 */
public record PointStats(double n, BenchmarkResult result, Estimate score, Estimate speedup, Estimate efficiency,
        Estimate karpFlatt, Estimate vsSequential) {

    /** Checks that nothing is missing. */
    public PointStats {
        Objects.requireNonNull(result, "result");
        Objects.requireNonNull(score, "score");
        Objects.requireNonNull(speedup, "speedup");
        Objects.requireNonNull(efficiency, "efficiency");
        Objects.requireNonNull(karpFlatt, "karpFlatt");
        Objects.requireNonNull(vsSequential, "vsSequential");
    }
}
