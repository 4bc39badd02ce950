package dev.boundbench.engine;

import dev.boundbench.workload.Task;
import java.util.List;

/**
 * Runs a batch of tasks with a fixed parallelism. Made once, reused for many batches, closed once;
 * closing releases every thread (and process) it started.
 */
public interface Engine extends AutoCloseable {

    /** Every thread an engine starts has a name starting with this, so leaks can be found. */
    String THREAD_NAME_PREFIX = "boundbench-";

    /**
     * Runs every task exactly once and returns the results in submission order.
     *
     * @throws TaskFailedException for the failed task with the lowest index, after the batch ends
     * @throws InterruptedException if the calling thread is interrupted; tasks still running are
     *         cancelled
     */
    long[] run(List<Task> batch) throws InterruptedException;

    /** The number of tasks this engine runs at once. */
    int parallelism();

    /** Stops every thread (and process) of the engine and waits for them to end. */
    @Override
    void close();
}
