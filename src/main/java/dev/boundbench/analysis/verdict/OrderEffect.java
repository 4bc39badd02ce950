package dev.boundbench.analysis.verdict;

import dev.boundbench.analysis.read.PairedGroup;
import dev.boundbench.analysis.stats.Estimate;
import dev.boundbench.analysis.stats.PairedRatio;
import java.util.List;
import java.util.Objects;

/**
 * What running first in a round does to a group's times: the geometric mean of
 * {@code ·order:first/later} with its 95 % interval over iterations (forks as units with two or
 * more), set beside the group's A/A noise floor.
 *
 * @param group the group's heading
 * @param ratio time when first over time when later; above 1 when running first is slower
 * @param noiseFloor how far from 1 the group's A/A intervals reach, on the log scale; 0 without a twin
 */
public record OrderEffect(String group, Estimate ratio, double noiseFloor) {

    /** Checks that nothing is missing. */
    public OrderEffect {
        Objects.requireNonNull(group, "group");
        Objects.requireNonNull(ratio, "ratio");
    }

    /** The effect of {@code group}'s order, its floor from {@code controls} (the run's A/A ratios). */
    static OrderEffect of(PairedGroup group, List<StatedRatio> controls) {
        Estimate ratio = group.order().map(m -> PairedRatio.ofRatios(m.raw())).orElse(Estimate.UNKNOWN);
        double floor = 0;
        for (StatedRatio c : controls) {
            if (c.group().equals(group.heading()) && c.ratio().hasInterval()) {
                floor = Math.max(floor, Math.max(Math.abs(Math.log(c.ratio().low())),
                        Math.abs(Math.log(c.ratio().high()))));
            }
        }
        return new OrderEffect(group.heading(), ratio, floor);
    }

    /** Whether the effect is worth a line: its interval excludes 1 and it reaches beyond the A/A noise floor. */
    public boolean shown() {
        return (ratio.above(1) || ratio.below(1)) && Math.abs(Math.log(ratio.value())) > noiseFloor;
    }
}
