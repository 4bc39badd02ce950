package dev.boundbench.analysis.compare;

import dev.boundbench.analysis.read.BenchmarkResult;
import dev.boundbench.analysis.stats.Estimate;
import java.util.Objects;

/**
 * One benchmark in both runs.
 *
 * @param label the short benchmark name, mode and parameters
 * @param before the benchmark in the first run, or null
 * @param after the benchmark in the second run, or null
 * @param speed after's rate over before's rate (above 1 is faster), with its interval
 * @param slowdownPercent how much more time per operation after takes, in percent (negative: less)
 * @param change the verdict
 */
public record CompareRow(String label, BenchmarkResult before, BenchmarkResult after, Estimate speed,
        double slowdownPercent, Change change) {

    /** Checks that nothing is missing. */
    public CompareRow {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(speed, "speed");
        Objects.requireNonNull(change, "change");
    }

    /** Whether this row is slower by more than {@code thresholdPercent}. */
    public boolean slowerBeyond(double thresholdPercent) {
        return change == Change.SLOWER && slowdownPercent > thresholdPercent;
    }
}
