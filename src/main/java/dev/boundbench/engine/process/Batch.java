package dev.boundbench.engine.process;

import dev.boundbench.engine.TaskFailedException;
import dev.boundbench.workload.Task;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * One batch in flight: workers take the next task index from a shared cursor (so the free worker
 * takes it), and every index is completed exactly once, by a result or a failure. The CPython
 * engines use it too, with every index handed out at once ({@code preassigned}).
 */
public final class Batch {

    private final long id;
    private final List<Task> tasks;
    private final long[] values;
    private final AtomicReferenceArray<Throwable> failures;
    private static final long SPIN_NANOS = 50_000;

    private final CountDownLatch pending;
    private final AtomicInteger cursor;
    private final ConcurrentLinkedQueue<Integer> returned = new ConcurrentLinkedQueue<>();
    private volatile boolean cancelled;

    /**
     * @param preassigned whether the caller hands out every index itself, so {@link #take()} gives none
     */
    public Batch(long id, List<Task> tasks, boolean preassigned) {
        this.id = id;
        this.tasks = tasks;
        this.values = new long[tasks.size()];
        this.failures = new AtomicReferenceArray<>(tasks.size());
        this.pending = new CountDownLatch(tasks.size());
        this.cursor = new AtomicInteger(preassigned ? tasks.size() : 0);
    }

    /** The id sent to the worker for task {@code index}: the batch id above, the index below. */
    public long taskId(int index) {
        return (id << 32) | index;
    }

    public Task task(int index) {
        return tasks.get(index);
    }

    /** The next task index nobody has taken (tasks given back first), or -1. */
    int take() {
        if (cancelled) {
            return -1;
        }
        Integer given = returned.poll();
        if (given != null) {
            return given;
        }
        if (cursor.get() >= tasks.size()) {
            return -1;
        }
        int index = cursor.getAndIncrement();
        return index < tasks.size() ? index : -1;
    }

    /** Gives back a task that was taken but never started, for another worker to take. */
    void giveBack(int index) {
        returned.add(index);
    }

    public void succeed(int index, long value) {
        values[index] = value;
        pending.countDown();
    }

    public void fail(int index, Throwable failure) {
        failures.set(index, failure);
        pending.countDown();
    }

    /** Fails every task not taken yet, e.g. when no worker can be started to run it. */
    void failRemaining(Throwable failure) {
        int index;
        while ((index = take()) >= 0) {
            fail(index, failure);
        }
    }

    /** Stops handing out tasks; those in flight still complete. */
    public void cancel() {
        cancelled = true;
    }

    public void await() throws InterruptedException {
        if (!spinBriefly()) {
            pending.await();
        }
    }

    /** Waits up to {@code nanos}, without spinning (it is called in a loop); true when every task has completed. */
    boolean await(long nanos) throws InterruptedException {
        return pending.await(nanos, TimeUnit.NANOSECONDS);
    }

    /**
     * Spins up to {@value #SPIN_NANOS} ns before parking: a short batch's last reply then finds the
     * caller awake, saving a thread wake-up on the round trip; a long batch loses only those
     * microseconds once.
     */
    private boolean spinBriefly() {
        long deadline = System.nanoTime() + SPIN_NANOS;
        while (pending.getCount() > 0) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            Thread.onSpinWait();
        }
        return true;
    }

    /** The values in submission order, or the failure with the lowest index; call after {@link #await()}. */
    public long[] valuesOrFirstFailure() {
        for (int i = 0; i < values.length; i++) {
            Throwable failure = failures.get(i);
            if (failure != null) {
                throw new TaskFailedException(i, tasks.get(i), failure);
            }
        }
        return values;
    }
}
