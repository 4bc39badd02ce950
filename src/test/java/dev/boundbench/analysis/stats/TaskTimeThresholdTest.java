package dev.boundbench.analysis.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The break-even and 90 %-of-ideal task times on synthetic curves of speedup against task time. */
class TaskTimeThresholdTest {

    /** Task times of 1 µs, 10 µs, 100 µs and 1 ms: a decade a rung, so crossings read off as powers of ten. */
    private static final double[] DECADES = {1e-6, 1e-5, 1e-4, 1e-3};

    /** A curve over {@link #DECADES} with the speedups {@code s}, each ± {@code halfWidth}. */
    private static List<TaskTimeThreshold.Point> curve(double halfWidth, double... s) {
        List<TaskTimeThreshold.Point> points = new ArrayList<>();
        for (int i = 0; i < s.length; i++) {
            points.add(new TaskTimeThreshold.Point(DECADES[i], new Estimate(s[i], s[i] - halfWidth, s[i] + halfWidth,
                    Estimate.Method.BOOTSTRAP)));
        }
        return points;
    }

    private static void assertSeconds(double expected, double actual) {
        assertEquals(expected, actual, expected * 1e-12, () -> "expected " + expected + " s, got " + actual);
    }

    @Test
    void of_aCrossing_isInterpolatedOnLogTaskTime() {
        TaskTimeThreshold breakEven = TaskTimeThreshold.of(curve(0.05, 0.5, 0.8, 1.2, 1.9), 1);

        // Halfway from 0.8 to 1.2, halfway from 10 µs to 100 µs on a log scale: 10^-4.5 s.
        assertSeconds(Math.pow(10, -4.5), breakEven.value());
        assertTrue(breakEven.withinLadder());
        assertEquals(1e-6, breakEven.smallest());
        assertEquals(1e-3, breakEven.largest());
    }

    @Test
    void of_ninetyPercentOfTwoThreads_crossesBetweenTheLastTwoRungs() {
        TaskTimeThreshold ideal = TaskTimeThreshold.of(curve(0.05, 0.5, 0.8, 1.2, 1.9), 0.9 * 2);

        assertSeconds(Math.pow(10, -4 + 0.6 / 0.7), ideal.value());
    }

    @Test
    void of_curveAlwaysAboveTheLevel_paysBelowTheSmallestTask() {
        TaskTimeThreshold breakEven = TaskTimeThreshold.of(curve(0.05, 1.2, 1.5, 1.9), 1);

        assertTrue(breakEven.belowLadder());
        assertFalse(breakEven.withinLadder());
        assertEquals(0, breakEven.value());
        assertEquals(0, breakEven.low());
        assertEquals(0, breakEven.high(), "every lower bound is above 1 as well");
    }

    @Test
    void of_curveAlwaysBelowTheLevel_isNotReachedWithinTheLadder() {
        TaskTimeThreshold breakEven = TaskTimeThreshold.of(curve(0.15, 0.2, 0.3, 0.5, 0.9), 1);

        assertTrue(breakEven.aboveLadder());
        assertEquals(Double.POSITIVE_INFINITY, breakEven.value());
        assertEquals(Double.POSITIVE_INFINITY, breakEven.high());
        // The upper bounds (0.35, 0.45, 0.65, 1.05) do reach 1, between 100 µs and 1 ms.
        assertSeconds(Math.pow(10, -4 + 0.35 / 0.4), breakEven.low());
    }

    @Test
    void of_curveThatNeverReachesNinetyPercent_breaksEvenButIsNotNearIdeal() {
        List<TaskTimeThreshold.Point> curve = curve(0.02, 0.6, 1.1, 1.6, 1.7);

        TaskTimeThreshold breakEven = TaskTimeThreshold.of(curve, 1);
        TaskTimeThreshold ideal = TaskTimeThreshold.of(curve, 1.8);

        assertSeconds(Math.pow(10, -6 + 0.4 / 0.5), breakEven.value());
        assertTrue(ideal.aboveLadder());
        assertEquals(Double.POSITIVE_INFINITY, ideal.high());
        assertEquals(Double.POSITIVE_INFINITY, ideal.low(), "even the upper bounds stay below 1.8");
    }

    @Test
    void of_curveThatDipsBackBelow_crossesAfterTheLastPointBelow() {
        TaskTimeThreshold breakEven = TaskTimeThreshold.of(curve(0.01, 0.5, 1.2, 0.9, 1.5), 1);

        assertSeconds(Math.pow(10, -4 + 0.1 / 0.6), breakEven.value());
    }

    @Test
    void of_interval_comesFromTheCurvesThroughTheBounds() {
        // Upper bounds 0.7, 1.0, 1.4, 2.1 reach 1 at 10 µs; lower bounds 0.3, 0.6, 1.0, 1.7 at 100 µs.
        TaskTimeThreshold breakEven = TaskTimeThreshold.of(curve(0.2, 0.5, 0.8, 1.2, 1.9), 1);

        assertSeconds(1e-5, breakEven.low());
        assertSeconds(1e-4, breakEven.high());
        assertTrue(breakEven.low() <= breakEven.value() && breakEven.value() <= breakEven.high());
    }

    @Test
    void of_widerIntervals_neverGiveANarrowerInterval() {
        double lastLow = Double.NaN;
        double lastHigh = Double.NaN;
        for (double halfWidth : new double[] {0, 0.05, 0.1, 0.2, 0.3, 0.45}) {
            TaskTimeThreshold t = TaskTimeThreshold.of(curve(halfWidth, 0.5, 0.8, 1.2, 1.9), 1);
            assertSeconds(Math.pow(10, -4.5), t.value());
            assertTrue(t.low() <= t.value() && t.value() <= t.high(), halfWidth + ": " + t);
            if (!Double.isNaN(lastLow)) {
                assertTrue(t.low() <= lastLow && t.high() >= lastHigh, halfWidth + ": " + t);
            }
            lastLow = t.low();
            lastHigh = t.high();
        }
    }

    @Test
    void of_intervalReachingPastTheLadder_isOpenAtThatEnd() {
        // The first point's upper bound already reaches 1; the last point's lower bound does not.
        TaskTimeThreshold breakEven = TaskTimeThreshold.of(curve(0.45, 0.6, 0.9, 1.2, 1.4), 1);

        assertEquals(0, breakEven.low());
        assertEquals(Double.POSITIVE_INFINITY, breakEven.high());
        assertTrue(breakEven.withinLadder());
        assertTrue(breakEven.hasInterval());
    }

    @Test
    void of_speedupsWithoutIntervals_giveAnUnknownInterval() {
        List<TaskTimeThreshold.Point> points = List.of(new TaskTimeThreshold.Point(1e-6, new Estimate(0.5,
                Double.NaN, Double.NaN)), new TaskTimeThreshold.Point(1e-5, new Estimate(1.5, 1.4, 1.6)));

        TaskTimeThreshold breakEven = TaskTimeThreshold.of(points, 1);

        assertSeconds(Math.pow(10, -5.5), breakEven.value());
        assertFalse(breakEven.hasInterval());
    }

    @Test
    void of_upperBoundAtInfinity_crossesAtTheRungBelow() {
        List<TaskTimeThreshold.Point> points = List.of(
                new TaskTimeThreshold.Point(1e-6, new Estimate(0.5, 0.4, 0.6, Estimate.Method.BOOTSTRAP)),
                new TaskTimeThreshold.Point(1e-5, new Estimate(0.9, 0.1, Double.POSITIVE_INFINITY,
                        Estimate.Method.BOOTSTRAP)),
                new TaskTimeThreshold.Point(1e-4, new Estimate(1.5, 1.4, 1.6, Estimate.Method.BOOTSTRAP)));

        TaskTimeThreshold breakEven = TaskTimeThreshold.of(points, 1);

        assertSeconds(1e-6, breakEven.low());
        assertSeconds(Math.pow(10, -5 + 0.1 / 0.6), breakEven.value());
        assertSeconds(Math.pow(10, -5 + 0.9 / 1.3), breakEven.high());
    }

    @Test
    void of_unknownSpeedups_areLeftOut() {
        List<TaskTimeThreshold.Point> points = new ArrayList<>(curve(0.05, 0.5, 0.8, 1.2, 1.9));
        points.add(1, new TaskTimeThreshold.Point(5e-6, Estimate.UNKNOWN));

        assertSeconds(Math.pow(10, -4.5), TaskTimeThreshold.of(points, 1).value());
    }

    @Test
    void of_badInput_isRefusedWithTheValues() {
        assertEquals("No point with a known speedup among 1", assertThrows(IllegalArgumentException.class,
                () -> TaskTimeThreshold.of(List.of(new TaskTimeThreshold.Point(1e-6, Estimate.UNKNOWN)), 1))
                .getMessage());
        List<TaskTimeThreshold.Point> descending = new ArrayList<>(curve(0.05, 0.5, 0.8));
        java.util.Collections.reverse(descending);
        assertEquals("Task times must ascend, got 1.0E-5 before 1.0E-6", assertThrows(IllegalArgumentException.class,
                () -> TaskTimeThreshold.of(descending, 1)).getMessage());
        assertEquals("Task time must be above 0 and finite, got 0.0", assertThrows(IllegalArgumentException.class,
                () -> new TaskTimeThreshold.Point(0, Estimate.exact(1))).getMessage());
    }
}
