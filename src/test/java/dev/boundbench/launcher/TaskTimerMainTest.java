package dev.boundbench.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.boundbench.workload.Task;
import dev.boundbench.workload.TaskRunner;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
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

    private final ByteArrayOutputStream printed = new ByteArrayOutputStream();
    private final PrintStream out = new PrintStream(printed, true, StandardCharsets.UTF_8);

    @Test
    void time_slowFirstRun_isPrintedThenRepeatedAndTheRepeatCounts() {
        AtomicInteger calls = new AtomicInteger();
        long[] timing = nanosAndRuns(TaskTimerMain.time(firstSlow(600, 5, calls), TASK, out));
        assertEquals(2, calls.get(), "the start-up run and one repeat");
        assertEquals(1, timing[1]);
        assertTrue(timing[0] >= 5_000_000 && timing[0] < 250_000_000, "the 5 ms repeat, not the 600 ms start: "
                + timing[0]);
        String first = printed.toString(StandardCharsets.UTF_8).strip();
        assertTrue(first.startsWith(TaskTimer.FIRST) && Long.parseLong(first.substring(TaskTimer.FIRST.length()))
                >= 600_000_000, "the first run's line, so that the launcher waits for the repeat afresh: " + first);
    }

    @Test
    void time_shortTask_firstRunLeftOutAndTheMedianOfFiveCounts() {
        AtomicInteger calls = new AtomicInteger();
        long[] timing = nanosAndRuns(TaskTimerMain.time(firstSlow(50, 2, calls), TASK, out));
        assertEquals(6, calls.get(), "the left-out first run and five timed runs inside 100 ms");
        assertEquals(5, timing[1]);
        assertTrue(timing[0] >= 2_000_000 && timing[0] < 50_000_000, "a 2 ms run: " + timing[0]);
    }

    @Test
    void time_failingTask_isOneErrorLine() {
        String line = TaskTimerMain.time(task -> {
            throw new IllegalStateException("no\nserver");
        }, TASK, out);
        assertEquals(TaskTimer.ERROR + "java.lang.IllegalStateException: no server", line);
    }
}
