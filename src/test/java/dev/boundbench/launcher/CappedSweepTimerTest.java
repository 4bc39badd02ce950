package dev.boundbench.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.boundbench.workload.Task;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The sweep's timer: a capped timing first, the warm one only for a short task. */
class CappedSweepTimerTest {

    private final List<String> warmed = new ArrayList<>();

    private CappedSweepTimer timer(TaskTiming capped) {
        return new CappedSweepTimer(task -> capped, (workload, size) -> {
            warmed.add(workload + " " + size);
            return 2e-6;
        });
    }

    @Test
    void secondsPerTask_shortTask_isTimedWarm() {
        assertEquals(2e-6, timer(new TaskTiming(new Task("fib", 15), 9_000, 5, false)).secondsPerTask("fib", 15));
        assertEquals(List.of("fib 15"), warmed);
    }

    @Test
    void secondsPerTask_taskOverTheCap_keepsTheCappedTimeAndIsNotRunHere() {
        TaskTiming stopped = new TaskTiming(new Task("fib", 50), TaskTimer.CAP.toNanos(), 0, true);
        assertEquals(1.0, timer(stopped).secondsPerTask("fib", 50));
        TaskTiming longTask = new TaskTiming(new Task("fib", 38), CappedSweepTimer.WARM_LIMIT_NANOS, 1, false);
        assertEquals(0.1, timer(longTask).secondsPerTask("fib", 38));
        assertEquals(List.of(), warmed);
    }
}
