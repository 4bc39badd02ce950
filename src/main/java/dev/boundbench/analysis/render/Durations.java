package dev.boundbench.analysis.render;

import dev.boundbench.analysis.stats.Estimate;
import dev.boundbench.analysis.stats.TaskTimeThreshold;

/** Times as text in the unit that suits them: {@code 60 ns}, {@code 4.4 µs}, {@code 6.5 ms}, {@code 1.2 s}. */
final class Durations {

    private Durations() {
    }

    /** {@code seconds} to three significant digits in ns, µs, ms or s. */
    static String of(double seconds) {
        if (!Double.isFinite(seconds)) {
            return Num.sig(seconds, 3);
        }
        double abs = Math.abs(seconds);
        if (abs == 0) {
            return "0 s";
        }
        if (abs < 1e-6) {
            return Num.sig(seconds * 1e9, 3) + " ns";
        }
        if (abs < 1e-3) {
            return Num.sig(seconds * 1e6, 3) + " µs";
        }
        if (abs < 1) {
            return Num.sig(seconds * 1e3, 3) + " ms";
        }
        return Num.sig(seconds, 3) + " s";
    }

    /** A time with its interval, {@code 1.2 µs [1.1 µs, 1.3 µs]}; without brackets when the interval is unknown. */
    static String withInterval(Estimate e) {
        if (!e.known()) {
            return Num.NA;
        }
        return e.hasInterval() ? of(e.value()) + " [" + of(e.low()) + ", " + of(e.high()) + "]" : of(e.value());
    }

    /**
     * A threshold with its interval: {@code 31.6 µs [12.0 µs, 95.0 µs]}, {@code < 60.0 ns} when even
     * the smallest task reaches the level, {@code not reached (> 6.50 ms)} when the largest does not,
     * and open ends of the interval as {@code < smallest} or {@code > largest}.
     */
    static String threshold(TaskTimeThreshold t) {
        String value = t.belowLadder() ? "< " + of(t.smallest())
                : t.aboveLadder() ? "not reached (> " + of(t.largest()) + ")" : of(t.value());
        if (!t.hasInterval()) {
            return value;
        }
        return value + " [" + end(t, t.low()) + ", " + end(t, t.high()) + "]";
    }

    /** An end of a threshold's interval: {@code < smallest} at 0, {@code > largest} at +∞. */
    private static String end(TaskTimeThreshold t, double seconds) {
        return seconds == 0 ? "< " + of(t.smallest())
                : seconds == Double.POSITIVE_INFINITY ? "> " + of(t.largest()) : of(seconds);
    }
}
