package dev.boundbench.analysis.compare;

import dev.boundbench.analysis.read.BenchmarkResult;
import dev.boundbench.analysis.read.Direction;
import dev.boundbench.analysis.stats.Estimate;
import dev.boundbench.analysis.stats.HostSpeed;
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

    /**
     * How much slower (+) or faster (−) one core ran for this benchmark in the second run than in
     * the first, in percent of time per {@code fib(24)} call ({@link HostSpeed}); NaN unless both
     * runs timed it.
     */
    public double coreChangePercent() {
        if (before == null || after == null) {
            return Double.NaN;
        }
        double b = HostSpeed.pointMedian(before);
        double a = HostSpeed.pointMedian(after);
        return b > 0 && a > 0 ? 100 * (a / b - 1) : Double.NaN;
    }

    /**
     * Whether this row changed, faster or slower, the way its core's own speed moved, by more than
     * {@link HostSpeed#OFF_PERCENT} %: then the machine, more likely than the code, made the change.
     */
    public boolean changedWithTheCore() {
        double core = coreChangePercent();
        if (!(Math.abs(core) > HostSpeed.OFF_PERCENT)) {
            return false;
        }
        boolean slowerCore = core > 0;
        return change == Change.SLOWER && slowerCore || change == Change.FASTER && !slowerCore;
    }

    /** Whether this row is slower, beyond the threshold (the verdict already weighs it). */
    public boolean slowerBeyond() {
        return change == Change.SLOWER;
    }
}
