package dev.boundbench.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.boundbench.engine.EngineType;
import dev.boundbench.workload.Task;
import dev.boundbench.workload.WorkloadCatalog;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The progress line's time left follows the estimate, scaled by the pace of the points done. */
class ProgressTest {

    private static final long SECOND = 1_000_000_000L;

    @Test
    void left_followsTheEstimateScaledByTheActualPace() {
        RunEstimate estimate = estimate();
        double first = estimate.seconds(0);
        double total = estimate.totalSeconds();
        Progress progress = new Progress(estimate, 0);
        assertEquals(Math.round(total * 1000), progress.left(0).toMillis(), "before any point: the estimate");

        progress.pointDone(0);
        long twiceAsLong = Math.round(2 * first * SECOND);
        assertEquals(Math.round((total - first) * 2 * 1000), progress.left(twiceAsLong).toMillis(), 1,
                "the first point took twice its estimate: so will the rest");
        assertEquals(Duration.ofNanos(twiceAsLong), progress.elapsed(twiceAsLong));
    }

    @Test
    void line_saysElapsedAndLeft() {
        Progress progress = new Progress(estimate(), 0);
        assertEquals("0:00 elapsed, about " + Durations.clock(progress.left(0)) + " left", progress.line(0));
    }

    /** Two points of fib timed by hand at 4 ms a task, one thread and two. */
    private static RunEstimate estimate() {
        WorkloadCatalog catalog = WorkloadCatalog.discover();
        PlannedRun run = new PlannedRun("fib", EngineType.PLATFORM_POOL, List.of(1, 2), 8, 30);
        TaskTimer.Timings timings = new TaskTimer.Timings(
                Map.of(new Task("fib", 30), new TaskTiming(new Task("fib", 30), 4_000_000, 5, false)), Duration.ZERO);
        return RunEstimate.of(List.of(run.at(1), run.at(2)), timings,
                new PointTime(new Iterations(1, 1, 300, 10, 130), 2, Duration.ZERO), catalog,
                new MatrixPlanner(catalog, 2));
    }
}
