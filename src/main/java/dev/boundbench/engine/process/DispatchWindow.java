package dev.boundbench.engine.process;

/**
 * How many tasks the pool keeps in flight per worker. Enough that a worker never waits for the
 * next request (at least 2: one running, one queued), and about {@value #QUEUED_NANOS} ns of
 * queued work, so long tasks stay in the shared batch for whichever worker is free first while
 * short tasks travel many per write. Task times come from the workers' replies, averaged with
 * weight 1/8; until the first reply the window is 2.
 */
final class DispatchWindow {

    static final long QUEUED_NANOS = 200_000;
    private static final double WEIGHT = 0.125;

    private final int max;
    private volatile double meanNanos = -1;

    DispatchWindow(int max) {
        this.max = max;
    }

    /** Records the time one task took in a worker, in nanoseconds. */
    void record(long nanos) {
        double mean = meanNanos;
        meanNanos = mean < 0 ? nanos : mean + WEIGHT * (nanos - mean);
    }

    /** The window now, from 1 (when {@code max} is 1) to {@code max}. */
    int size() {
        double mean = meanNanos;
        int floor = Math.min(2, max);
        if (mean < 0) {
            return floor;
        }
        double wanted = 1 + Math.ceil(QUEUED_NANOS / Math.max(mean, 1.0));
        return (int) Math.max(floor, Math.min(max, wanted));
    }
}
