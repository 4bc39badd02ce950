package dev.boundbench.engine;

import dev.boundbench.workload.Task;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * Collects the results of one batch as tasks finish on any thread, then hands them over in
 * submission order, or the failure with the lowest index.
 */
final class BatchResults {

    private final List<Task> batch;
    private final long[] values;
    private final AtomicReferenceArray<Throwable> failures;
    private final CountDownLatch pending;

    BatchResults(List<Task> batch) {
        this.batch = batch;
        this.values = new long[batch.size()];
        this.failures = new AtomicReferenceArray<>(batch.size());
        this.pending = new CountDownLatch(batch.size());
    }

    /** Runs task {@code index} with {@code runner} on the current thread and records the outcome. */
    void runAndRecord(int index, dev.boundbench.workload.TaskRunner runner) {
        try {
            values[index] = runner.run(batch.get(index));
        } catch (Throwable t) {
            failures.set(index, t);
        } finally {
            pending.countDown();
        }
    }

    /** Waits until every task has finished, then returns the values or throws the first failure. */
    long[] await() throws InterruptedException {
        pending.await();
        return valuesOrFirstFailure();
    }

    /** The values, or the failure with the lowest index; call only when every task has finished. */
    long[] valuesOrFirstFailure() {
        for (int i = 0; i < values.length; i++) {
            Throwable failure = failures.get(i);
            if (failure != null) {
                throw new TaskFailedException(i, batch.get(i), failure);
            }
        }
        return values;
    }
}
