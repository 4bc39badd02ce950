package dev.boundbench.launcher;

/**
 * How long one task of a workload takes on one thread, in seconds: what the size sweep sizes its
 * batches by. {@link #warm()} times the real task in this JVM; tests pass a model.
 */
@FunctionalInterface
interface SweepTimer {

    /** Seconds one {@code workload} task of {@code size} takes on one thread. */
    double secondsPerTask(String workload, int size);

    /** Times the task itself on the calling thread, after a warm-up (see {@link WarmTaskTimer}). */
    static SweepTimer warm() {
        return new WarmTaskTimer();
    }
}
