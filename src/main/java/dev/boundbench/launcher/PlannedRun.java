package dev.boundbench.launcher;

import dev.boundbench.engine.EngineType;
import java.util.List;
import java.util.stream.Collectors;

/**
 * One JMH run of the scaling benchmark: a workload on an engine at one batch shape, over a ladder
 * of thread counts.
 *
 * @param workload the workload's name
 * @param engine the engine
 * @param threads the thread counts, ascending, never empty
 * @param tasks tasks per batch
 * @param size the workload's size
 */
public record PlannedRun(String workload, EngineType engine, List<Integer> threads, int tasks, int size) {

    public PlannedRun {
        threads = List.copyOf(threads);
        if (threads.isEmpty()) {
            throw new IllegalArgumentException("A planned run needs at least one thread count");
        }
    }

    /** The single point of this run at {@code threadCount} threads. */
    public PlannedRun at(int threadCount) {
        return new PlannedRun(workload, engine, List.of(threadCount), tasks, size);
    }

    /** The thread counts as JMH parameter values. */
    public String[] threadParams() {
        return threads.stream().map(String::valueOf).toArray(String[]::new);
    }

    @Override
    public String toString() {
        return workload + " on " + engine.id() + ", threads " + threads.stream().map(String::valueOf)
                .collect(Collectors.joining(",")) + " (tasks " + tasks + ", size " + size + ")";
    }
}
