package dev.boundbench.workload;

import java.time.Duration;

/**
 * Neither CPU- nor I/O-bound: a task of fixed length that computes for part of it and sleeps for the
 * rest, the share of sleeping being its size. Swept from 0 to 100 %, it shows where each engine's
 * best thread count moves between the cores (all computing) and the tasks (all waiting).
 */
public final class MixedWorkload {

    /** The length of one task, computing and sleeping, on an idle core, in milliseconds. */
    public static final int TASK_MILLIS = 10;

    /** The largest I/O share, in percent: a task that only sleeps. */
    public static final int MAX_SHARE = 100;

    private MixedWorkload() {
    }

    /**
     * Computes for (100 − {@code ioSharePercent}) % of {@value #TASK_MILLIS} ms of calibrated CPU work
     * ({@link CalibratedWork}), then sleeps for the rest; returns the work's last step, a value fixed
     * by the share and the calibration.
     */
    @Workload(name = "mixed", kind = Kind.MIXED, defaultSize = 50, sizes = "0,25,50,75,90,100", maxSize = MAX_SHARE,
            onlyWhenNamed = true, sizeMeaning = "I/O share: % of a 10 ms task slept, the rest computed")
    public static long mixed(int ioSharePercent) throws InterruptedException {
        checkShare(ioSharePercent);
        return run(ioSharePercent, ioSharePercent == MAX_SHARE ? 0 : CalibratedWork.stepsPerMillisecond());
    }

    /** The task with {@code stepsPerMillisecond} as the calibration. */
    static long run(int ioSharePercent, long stepsPerMillisecond) throws InterruptedException {
        checkShare(ioSharePercent);
        long result = CalibratedWork.steps(ioSharePercent, computeSteps(ioSharePercent, stepsPerMillisecond));
        long sleepNanos = Duration.ofMillis(TASK_MILLIS).toNanos() * ioSharePercent / MAX_SHARE;
        if (sleepNanos > 0) {
            Thread.sleep(Duration.ofNanos(sleepNanos));
        }
        return result;
    }

    /** The steps of CPU work in one task at {@code ioSharePercent}. */
    static long computeSteps(int ioSharePercent, long stepsPerMillisecond) {
        return stepsPerMillisecond * TASK_MILLIS * (MAX_SHARE - ioSharePercent) / MAX_SHARE;
    }

    private static void checkShare(int ioSharePercent) {
        if (ioSharePercent < 0 || ioSharePercent > MAX_SHARE) {
            throw new IllegalArgumentException("mixed needs an I/O share of 0 to " + MAX_SHARE + " (percent), got "
                    + ioSharePercent);
        }
    }
}
