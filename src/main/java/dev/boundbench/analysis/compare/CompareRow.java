package dev.boundbench.analysis.compare;

import dev.boundbench.analysis.read.BenchmarkResult;
import dev.boundbench.analysis.read.Direction;
import dev.boundbench.analysis.stats.Estimate;
import java.util.Objects;

/**
 * One benchmark in both runs.
 *
 * @param label the short benchmark name, mode and parameters
 * @param before the benchmark in the first run, or null
 * @param after the benchmark in the second run, or null
 * @param speed after's rate over before's rate (above 1 is faster), with its interval
 * @param change the verdict
 */
public record CompareRow(String label, BenchmarkResult before, BenchmarkResult after, Estimate speed, Change change) {

    /** Checks that nothing is missing. */
    public CompareRow {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(speed, "speed");
        Objects.requireNonNull(change, "change");
    }

    /**
     * The quantity the change is told in: {@code "time"} (time per operation) for units where less
     * is better, {@code "speed"} (operations per unit of time) for rates.
     */
    public String quantity() {
        BenchmarkResult r = before != null ? before : after;
        return r.direction() == Direction.LOWER_IS_BETTER ? "time" : "speed";
    }

    /**
     * The change of {@link #quantity()} from before to after, in percent, with its interval: after /
     * before − 1 of the time per operation, or of the rate.
     */
    public Estimate percent() {
        Estimate ratio = quantity().equals("time") ? speed.inverse() : speed;
        return new Estimate((ratio.value() - 1) * 100, (ratio.low() - 1) * 100, (ratio.high() - 1) * 100,
                ratio.method());
    }

    /** Whether this row is slower, beyond the threshold (the verdict already weighs it). */
    public boolean slowerBeyond() {
        return change == Change.SLOWER;
    }
}
