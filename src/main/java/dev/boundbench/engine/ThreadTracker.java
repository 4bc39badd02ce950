package dev.boundbench.engine;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Remembers the threads an engine starts so that {@code close()} can wait until each has really
 * ended: an executor's {@code awaitTermination} returns while its last threads are still exiting.
 * Ended threads are dropped now and then, so a thread-per-task engine does not keep millions.
 */
final class ThreadTracker {

    private static final int PRUNE_EVERY = 1024;

    private final Set<Thread> threads = ConcurrentHashMap.newKeySet();
    private final AtomicInteger added = new AtomicInteger();

    /** Records a new thread; returns it. */
    <T extends Thread> T track(T thread) {
        threads.add(thread);
        if (added.incrementAndGet() % PRUNE_EVERY == 0) {
            threads.removeIf(t -> t.getState() == Thread.State.TERMINATED);
        }
        return thread;
    }

    /**
     * Waits until every recorded thread has ended.
     *
     * @throws IllegalStateException naming a thread still alive after {@code seconds}
     */
    void awaitAllEnded(long seconds) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        for (Thread thread : threads) {
            long left = deadline - System.nanoTime();
            if (left <= 0 || !thread.join(java.time.Duration.ofNanos(left))) {
                throw new IllegalStateException("Thread " + thread.getName() + " still running " + seconds
                        + " s after close");
            }
        }
        threads.clear();
    }
}
