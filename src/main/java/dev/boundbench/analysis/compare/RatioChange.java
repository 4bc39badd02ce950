package dev.boundbench.analysis.compare;

import dev.boundbench.analysis.verdict.StatedRatio;
import java.util.Objects;

/**
 * One paired ratio (a speedup, a margin) in both runs: each measured side by side within its own
 * run, so the host's drift between the runs is not in either.
 *
 * @param before the ratio in the first run
 * @param after the same ratio (group, kind, config, baseline) in the second run
 */
public record RatioChange(StatedRatio before, StatedRatio after) {

    /** Checks that nothing is missing. */
    public RatioChange {
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
    }

    /** after / before − 1 of the ratio, in percent. */
    public double changePercent() {
        return 100 * (after.ratio().value() / before.ratio().value() - 1);
    }

    /** Whether the two runs' intervals share a point. */
    public boolean overlap() {
        return before.ratio().overlaps(after.ratio());
    }
}
