package dev.boundbench.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.boundbench.workload.Task;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The timing child, a real JVM: each task's warm time and, apart from it, its first run. */
class TaskTimerTest {

    @Test
    void time_keepsEachTasksFirstRunApart() throws Exception {
        Task download = new Task("download", 1);
        Task fib = new Task("fib", 20);
        TaskTimer.Timings timings = new TaskTimer(TaskTimer.forkFlags(JmhSession.parseJmhArguments(List.of())))
                .time(List.of(download, fib));

        TaskTiming downloads = timings.of(download);
        assertFalse(downloads.stopped(), downloads.toString());
        assertTrue(downloads.firstNanos() > 2 * downloads.nanos(),
                "the first download also starts the page server and the client: " + downloads);
        TaskTiming fibs = timings.of(fib);
        assertEquals(TaskTimer.RUNS, fibs.runs(), fibs.toString());
        assertTrue(fibs.firstNanos() > 0, fibs.toString());
        assertTrue(timings.jvmStart().toNanos() > 0, "the child's start is timed: " + timings.jvmStart());
    }
}
