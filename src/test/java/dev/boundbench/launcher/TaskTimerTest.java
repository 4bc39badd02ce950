package dev.boundbench.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.boundbench.workload.Task;
import java.lang.management.ManagementFactory;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The timing child, a real JVM: each task's warm time and, apart from it, its first run. */
class TaskTimerTest {

    @Test
    void forkFlags_joinPrependArgsAndAppendAsJmhDoes() {
        assertEquals(List.of("-Da=1", "-Xmx2g", "-Dtmp=/mnt/small"), TaskTimer.forkFlags(JmhSession.parseJmhArguments(
                List.of("-jvmArgsPrepend", "-Da=1", "-jvmArgs", "-Xmx2g", "-jvmArgsAppend", "-Dtmp=/mnt/small"))));
        List<String> own = ManagementFactory.getRuntimeMXBean().getInputArguments();
        List<String> appended = TaskTimer.forkFlags(JmhSession.parseJmhArguments(List.of("-jvmArgsAppend", "-Db=2")));
        assertEquals(own, appended.subList(0, own.size()), "without -jvmArgs, this JVM's own flags");
        assertEquals(List.of("-Db=2"), appended.subList(own.size(), appended.size()));
    }

    @Test
    void time_keepsEachTasksFirstRunApart() throws Exception {
        Task download = new Task("download", 1);
        Task fib = new Task("fib", 20);
        TaskTimer timer = new TaskTimer(TaskTimer.forkFlags(JmhSession.parseJmhArguments(List.of())));
        TaskTimer.Timings timings = timer.time(List.of(download, fib));

        for (Task task : List.of(download, fib)) {
            TaskTiming timing = timings.of(task);
            assertFalse(timing.stopped(), timing.toString());
            assertTrue(timing.nanos() > 0 && timing.firstNanos() > 0, timing.toString());
            // Two clock readings a nanosecond apart: the first run's own, not the median standing in for it.
            assertNotEquals(timing.nanos(), timing.firstNanos(), timing.toString());
        }
        assertEquals(TaskTimer.RUNS, timings.of(fib).runs(), timings.of(fib).toString());
        assertTrue(timings.jvmStart().toNanos() > 0, "the child's start is timed: " + timings.jvmStart());
        assertEquals(timings.of(fib), timer.time(List.of(fib)).of(fib), "a task timed once is not timed again");
    }
}
