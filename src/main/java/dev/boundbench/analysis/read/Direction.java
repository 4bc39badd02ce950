package dev.boundbench.analysis.read;

import java.util.Locale;

/** Whether a bigger score is better: decided by the unit, {@code ops/ms} versus {@code ms/op}. */
public enum Direction {
    /** A rate such as {@code ops/ms}: more is better. */
    HIGHER_IS_BETTER,
    /** A time such as {@code ms/op}: less is better. */
    LOWER_IS_BETTER;

    /**
     * The direction of {@code unit}: {@code X/op} is a time, {@code ops/X} a rate; any other unit
     * follows the mode (throughput is a rate, every other mode a time).
     */
    public static Direction of(String unit, Mode mode) {
        String u = unit == null ? "" : unit.trim().toLowerCase(Locale.ROOT);
        int slash = u.indexOf('/');
        if (slash >= 0) {
            String top = u.substring(0, slash).trim();
            String bottom = u.substring(slash + 1).trim();
            if (bottom.equals("op") || bottom.equals("ops")) {
                return LOWER_IS_BETTER;
            }
            if (top.equals("op") || top.equals("ops")) {
                return HIGHER_IS_BETTER;
            }
        }
        return mode == Mode.THROUGHPUT ? HIGHER_IS_BETTER : LOWER_IS_BETTER;
    }

    /**
     * The score as a rate (more is better): the score itself for a rate, its inverse for a time.
     */
    public double rate(double score) {
        return this == HIGHER_IS_BETTER ? score : 1.0 / score;
    }
}
