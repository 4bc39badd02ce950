package dev.boundbench.launcher;

import dev.boundbench.workload.Task;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.function.Function;

/**
 * The size sweep's task timer, with a cap: each task is first run in a timing JVM that is ended at
 * {@link TaskTimer#CAP} ({@link TaskTimer}), and only a task shorter than {@value #WARM_LIMIT_NANOS} ns there
 * is timed again, warm, in this JVM ({@link WarmTaskTimer}), whose loop cannot be stopped. A longer
 * task gets the fewest tasks a batch holds whatever its exact time, so the capped figure is enough,
 * and {@code --sweep size --size 50} is planned in about a second instead of after minutes of fib(50).
 */
final class CappedSweepTimer implements SweepPlanner.Timer {

    /** A task this long or longer is not timed warm: its batch holds the fewest tasks anyway. */
    static final long WARM_LIMIT_NANOS = 100_000_000;

    private final Function<Task, TaskTiming> capped;
    private final SweepPlanner.Timer warm;

    /**
     * @param capped times one task in a JVM it can end
     * @param warm times a short task precisely
     */
    CappedSweepTimer(Function<Task, TaskTiming> capped, SweepPlanner.Timer warm) {
        this.capped = capped;
        this.warm = warm;
    }

    /** Times in a JVM of {@code timer}, then warm in this one. */
    static CappedSweepTimer of(TaskTimer timer) {
        return new CappedSweepTimer(task -> {
            try {
                return timer.time(List.of(task)).of(task);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot start the JVM that times " + task, e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while timing " + task, e);
            }
        }, new WarmTaskTimer());
    }

    @Override
    public double secondsPerTask(String workload, int size) {
        TaskTiming timing = capped.apply(new Task(workload, size));
        if (timing.stopped() || timing.nanos() >= WARM_LIMIT_NANOS) {
            return timing.nanos() / 1e9;
        }
        return warm.secondsPerTask(workload, size);
    }
}
