package dev.boundbench.engine;

import dev.boundbench.workload.Task;
import dev.boundbench.workload.TaskRunner;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
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
    private final Map<Integer, Thread> running = new HashMap<>();
    private boolean cancelled;

    BatchResults(List<Task> batch) {
        this.batch = batch;
        this.values = new long[batch.size()];
        this.failures = new AtomicReferenceArray<>(batch.size());
        this.pending = new CountDownLatch(batch.size());
    }

    /**
     * Runs task {@code index} with {@code runner} on the current thread and records the outcome;
     * after {@link #cancel()} it records a cancellation instead of running the task.
     */
    void runAndRecord(int index, TaskRunner runner) {
        try {
            synchronized (running) {
                if (cancelled) {
                    failures.set(index, new CancellationException("batch cancelled before task " + index));
                    return;
                }
                running.put(index, Thread.currentThread());
            }
            try {
                values[index] = runner.run(batch.get(index));
            } catch (Throwable t) {
                failures.set(index, t);
            } finally {
                synchronized (running) {
                    running.remove(index);
                    if (cancelled) {
                        Thread.interrupted(); // ours: it must not reach the thread's next task
                    }
                }
            }
        } finally {
            pending.countDown();
        }
    }

    /** Stops the batch: tasks not yet started are skipped, running ones are interrupted. */
    void cancel() {
        synchronized (running) {
            cancelled = true;
            running.values().forEach(Thread::interrupt);
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
