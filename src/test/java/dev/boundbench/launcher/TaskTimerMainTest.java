package dev.boundbench.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.boundbench.workload.Task;
import dev.boundbench.workload.TaskRunner;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** How the timing JVM turns a task's runs into one time: real sleeps stand in for the tasks. */
class TaskTimerMainTest {

    private static final Task TASK = new Task("warming", 1);

    /** A task whose first run sleeps {@code firstMillis} (start-up) and every later run {@code laterMillis}. */
    private static TaskRunner firstSlow(long firstMillis, long laterMillis, AtomicInteger calls) {
        return task -> {
            Thread.sleep(calls.getAndIncrement() == 0 ? firstMillis : laterMillis);
            return 0;
        };
    }

    private static long[] nanosAndRuns(String line) {
        assertTrue(line.startsWith(TaskTimer.OK), line);
        String[] words = line.substring(TaskTimer.OK.length()).split(" ");
        return new long[] {Long.parseLong(words[0]), Long.parseLong(words[1])};
    }

    @Test
    void time_slowFirstRunThatLeavesRoom_isRepeatedAndTheRepeatCounts() {
        AtomicInteger calls = new AtomicInteger();
        long[] timing = nanosAndRuns(TaskTimerMain.time(firstSlow(300, 5, calls), TASK));
        assertEquals(2, calls.get(), "the start-up run and one repeat");
        assertEquals(1, timing[1]);
        assertTrue(timing[0] >= 5_000_000 && timing[0] < 250_000_000, "the 5 ms repeat, not the 300 ms start: "
                + timing[0]);
    }

    @Test
    void time_firstRunOverHalfTheCap_countsAlone() {
        AtomicInteger calls = new AtomicInteger();
        long[] timing = nanosAndRuns(TaskTimerMain.time(firstSlow(600, 5, calls), TASK));
        assertEquals(1, calls.get(), "a repeat could run past the 1 s cap");
        assertEquals(1, timing[1]);
        assertTrue(timing[0] >= 600_000_000, "the first run's time: " + timing[0]);
    }

    @Test
    void time_shortTask_firstRunLeftOutAndTheMedianOfFiveCounts() {
        AtomicInteger calls = new AtomicInteger();
        long[] timing = nanosAndRuns(TaskTimerMain.time(firstSlow(50, 2, calls), TASK));
        assertEquals(6, calls.get(), "the left-out first run and five timed runs inside 100 ms");
        assertEquals(5, timing[1]);
        assertTrue(timing[0] >= 2_000_000 && timing[0] < 50_000_000, "a 2 ms run: " + timing[0]);
    }

    @Test
    void time_failingTask_isOneErrorLine() {
        String line = TaskTimerMain.time(task -> {
            throw new IllegalStateException("no\nserver");
        }, TASK);
        assertEquals(TaskTimer.ERROR + "java.lang.IllegalStateException: no server", line);
    }
}
