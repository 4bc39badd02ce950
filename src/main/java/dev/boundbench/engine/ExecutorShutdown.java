package dev.boundbench.engine;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;

/** Stops an executor's threads for good: interrupts them and waits until every one has ended. */
final class ExecutorShutdown {

    static final long WAIT_SECONDS = 30;

    private ExecutorShutdown() {
    }

    /**
     * @param threads the executor's threads, joined after the executor reports termination
     * @param what names the threads in the error, e.g. "fork-join workers"
     * @throws IllegalStateException if threads still run {@value #WAIT_SECONDS} s later
     */
    static void stopAndWait(ExecutorService executor, ThreadTracker threads, String what) {
        executor.shutdownNow();
        try {
            if (!executor.awaitTermination(WAIT_SECONDS, TimeUnit.SECONDS)) {
                throw new IllegalStateException(what + " still running " + WAIT_SECONDS + " s after close");
            }
            threads.awaitAllEnded(WAIT_SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
