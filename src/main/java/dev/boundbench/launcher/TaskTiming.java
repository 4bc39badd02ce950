package dev.boundbench.launcher;

import dev.boundbench.workload.Task;
import java.util.Locale;

/**
 * How long one task took when timed before the run.
 *
 * @param task the task
 * @param nanos its median time over the runs, in nanoseconds; when {@code stopped}, the time it
 *        ran before it was stopped, so a lower bound
 * @param runs how many runs the median is of (0 when stopped)
 * @param stopped whether the task was still running at {@link TaskTimer#CAP} and was stopped
 * @param firstNanos its first run in the fresh timing JVM (classes loaded, code not yet compiled,
 *        what the task keeps made: 0.7 s for a download, against 30 ms warm), in nanoseconds; the
 *        run a new fork or a new process-pool worker pays again; {@code nanos} when it was not seen
 */
record TaskTiming(Task task, long nanos, int runs, boolean stopped, long firstNanos) {

    /** A timing whose first run is not known apart from the others. */
    TaskTiming(Task task, long nanos, int runs, boolean stopped) {
        this(task, nanos, runs, stopped, nanos);
    }

    /** E.g. {@code fib size 30: 4.1 ms a task} or {@code fib size 50: over 1 s a task (stopped)}. */
    String describe() {
        return describe("");
    }

    /** {@link #describe()} with {@code where} after the size, e.g. {@code fib size 30 in CPython: 180 ms a task}. */
    String describe(String where) {
        return task.workload() + " size " + task.size() + where + ": " + (stopped ? "over " : "")
                + Durations.brief(nanos) + " a task" + (stopped ? " (stopped)" : "");
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "%s %d ns x%d (first %d ns)%s", task, nanos, runs, firstNanos,
                stopped ? " stopped" : "");
    }
}
