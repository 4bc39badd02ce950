package dev.boundbench.launcher;

import java.time.Duration;
import java.util.Locale;

/** How the launcher writes lengths of time: a run's as {@code 1:02:03} or {@code 4:05}, a task's as {@code 4.1 ms}. */
final class Durations {

    private Durations() {
    }

    /** Hours only when there are any: {@code 1:02:03}, {@code 4:05}. */
    static String clock(Duration d) {
        long seconds = Math.max(0, d.toSeconds());
        return seconds >= 3600
                ? String.format(Locale.ROOT, "%d:%02d:%02d", seconds / 3600, seconds / 60 % 60, seconds % 60)
                : String.format(Locale.ROOT, "%d:%02d", seconds / 60, seconds % 60);
    }

    /** Three significant digits at most, in µs, ms or s. */
    static String brief(long nanos) {
        if (nanos < 1_000_000) {
            return String.format(Locale.ROOT, "%.3g µs", nanos / 1e3);
        }
        if (nanos < 1_000_000_000) {
            return String.format(Locale.ROOT, "%.3g ms", nanos / 1e6);
        }
        return String.format(Locale.ROOT, "%.3g s", nanos / 1e9);
    }
}
