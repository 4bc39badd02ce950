package dev.boundbench.workload;

/**
 * One unit of work in a batch: a workload by name and its size. Plain data, so that it can cross a
 * pipe to a worker process as well as a thread boundary.
 *
 * @param workload the workload's name, as in {@link Workload#name()}
 * @param size the workload's size, in the unit of {@link Workload#sizeMeaning()}
 */
public record Task(String workload, int size) {
    public Task {
        if (workload == null || workload.isBlank()) {
            throw new IllegalArgumentException("A task needs a workload name, got: " + workload);
        }
    }

    @Override
    public String toString() {
        return workload + "(" + size + ")";
    }
}
