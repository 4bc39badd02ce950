package dev.boundbench.analysis.stats;

import java.util.List;
import java.util.Objects;

/**
 * The task time at which a speedup curve reaches a level — 1 for the break-even, 0.9 × threads for
 * 90 % of ideal — with its interval, on a ladder of task sizes.
 *
 * <p><b>Crossing.</b> The points are taken in order of task time. The crossing lies after the last
 * point below the level, so that every larger task measured reaches it; between that point and the
 * next, the speedup is interpolated linearly against the logarithm of the task time. When no point
 * is below the level, the level is reached below the smallest task measured ({@code value} 0); when
 * the largest task is still below it, above the largest ({@code value} +∞).
 *
 * <p><b>Interval.</b> The same crossing of the curves through the bounds of the speedups'
 * intervals (the 95 % bootstrap intervals, {@link HierarchicalBootstrap}): the upper bounds reach
 * the level first and give the low end, the lower bounds last and give the high end. Since the
 * crossing only moves earlier when a point rises, the interval always holds the estimate. The
 * intervals are pointwise, not a simultaneous band, so the interval is about as sure as each
 * neighbouring point's speedup, not more; and it does not count the error of interpolating between
 * two rungs, which is why the ladder's steps are worth keeping small near a crossing.
 *
 * @param level the speedup to reach
 * @param value the task time at which the curve reaches it, in seconds; 0 when even the smallest
 *     task reaches it, +∞ when the largest does not
 * @param low the interval's low end, in seconds; 0 below the smallest task, NaN when unknown
 * @param high the interval's high end, in seconds; +∞ above the largest task, NaN when unknown
 * @param smallest the smallest task time measured, in seconds
 * @param largest the largest task time measured, in seconds
 */
public record TaskTimeThreshold(double level, double value, double low, double high, double smallest,
        double largest) {

    /** Checks the order of the values. */
    public TaskTimeThreshold {
        if (!(smallest > 0) || !(largest >= smallest)) {
            throw new IllegalArgumentException("Needs 0 < smallest <= largest, got " + smallest + " and " + largest);
        }
        if (!(value >= 0)) {
            throw new IllegalArgumentException("Task time must be 0 or more, got " + value);
        }
        if (low > value || value > high) {
            throw new IllegalArgumentException("Interval [" + low + ", " + high + "] does not hold " + value);
        }
    }

    /**
     * One point of a curve.
     *
     * @param taskSeconds the task's time, in seconds, above 0
     * @param speedup the speedup there, with its interval
     */
    public record Point(double taskSeconds, Estimate speedup) {

        /** Checks the values. */
        public Point {
            Objects.requireNonNull(speedup, "speedup");
            if (!(taskSeconds > 0) || Double.isInfinite(taskSeconds)) {
                throw new IllegalArgumentException("Task time must be above 0 and finite, got " + taskSeconds);
            }
        }
    }

    /**
     * Where {@code points} reach {@code level}; points whose speedup is unknown are left out.
     *
     * @param points the curve, in ascending task time, at least one point with a known speedup
     * @throws IllegalArgumentException when no point has a known speedup or the task times do not ascend
     */
    public static TaskTimeThreshold of(List<Point> points, double level) {
        List<Point> known = points.stream().filter(p -> p.speedup().known()).toList();
        if (known.isEmpty()) {
            throw new IllegalArgumentException("No point with a known speedup among " + points.size());
        }
        int n = known.size();
        double[] x = new double[n];
        double[] value = new double[n];
        double[] upper = new double[n];
        double[] lower = new double[n];
        boolean intervals = true;
        for (int i = 0; i < n; i++) {
            Point p = known.get(i);
            x[i] = Math.log(p.taskSeconds());
            if (i > 0 && !(x[i] > x[i - 1])) {
                throw new IllegalArgumentException("Task times must ascend, got " + known.get(i - 1).taskSeconds()
                        + " before " + p.taskSeconds());
            }
            value[i] = p.speedup().value();
            upper[i] = p.speedup().high();
            lower[i] = p.speedup().low();
            intervals &= p.speedup().hasInterval();
        }
        double estimate = crossing(x, value, level);
        double low = intervals ? Math.min(estimate, crossing(x, upper, level)) : Double.NaN;
        double high = intervals ? Math.max(estimate, crossing(x, lower, level)) : Double.NaN;
        return new TaskTimeThreshold(level, estimate, low, high, known.get(0).taskSeconds(),
                known.get(n - 1).taskSeconds());
    }

    /** The task time (seconds) after the last point of {@code y} below {@code level}; 0 or +∞ off the ladder. */
    private static double crossing(double[] x, double[] y, double level) {
        int last = -1;
        for (int i = 0; i < y.length; i++) {
            if (y[i] < level) {
                last = i;
            }
        }
        if (last < 0) {
            return 0;
        }
        if (last == y.length - 1) {
            return Double.POSITIVE_INFINITY;
        }
        double rise = y[last + 1] - y[last];
        double fraction = Double.isInfinite(rise) ? 0 : (level - y[last]) / rise;
        return Math.exp(x[last] + fraction * (x[last + 1] - x[last]));
    }

    /** Whether the curve reaches the level within the ladder (not below its smallest task, not above its largest). */
    public boolean withinLadder() {
        return value > 0 && Double.isFinite(value);
    }

    /** Whether even the smallest task measured reaches the level. */
    public boolean belowLadder() {
        return value == 0;
    }

    /** Whether the largest task measured is still below the level. */
    public boolean aboveLadder() {
        return value == Double.POSITIVE_INFINITY;
    }

    /** Whether both ends of the interval are known (either may be open: 0 or +∞). */
    public boolean hasInterval() {
        return !Double.isNaN(low) && !Double.isNaN(high);
    }
}
