package dev.boundbench.workload;

/** Runs one task on the calling thread and returns its result. Engines are built on top of one. */
@FunctionalInterface
public interface TaskRunner {

    /**
     * @param task what to run
     * @return the workload's result
     * @throws Exception whatever the workload throws, unchanged
     */
    long run(Task task) throws Exception;
}
