package dev.boundbench.launcher;

import java.time.Duration;

/**
 * The progress line's times. The time left is what the estimate gives for the points not yet
 * measured, scaled by how the time actually spent compares with the estimate of the points done.
 */
final class Progress {

    private final RunEstimate estimate;
    private final long startNanos;
    private double estimatedDone;

    Progress(RunEstimate estimate, long startNanos) {
        this.estimate = estimate;
        this.startNanos = startNanos;
    }

    void pointDone(int index) {
        estimatedDone += estimate.seconds(index);
    }

    Duration elapsed(long nowNanos) {
        return Duration.ofNanos(nowNanos - startNanos);
    }

    /** The estimate of the points left, times the ratio of actual to estimated time so far. */
    Duration left(long nowNanos) {
        double spent = (nowNanos - startNanos) / 1e9;
        double pace = estimatedDone > 0 ? spent / estimatedDone : 1;
        return Duration.ofMillis(Math.round((estimate.totalSeconds() - estimatedDone) * pace * 1000));
    }

    /** E.g. {@code 1:02 elapsed, about 3:10 left}. */
    String line(long nowNanos) {
        return Durations.clock(elapsed(nowNanos)) + " elapsed, about " + Durations.clock(left(nowNanos)) + " left";
    }
}
