package dev.boundbench.analysis.stats;

import java.math.BigDecimal;

/** Locale-free number text for messages: {@code 4} rather than {@code 4.0}. */
public final class Numbers {

    private Numbers() {
    }

    /** {@code value} without a trailing {@code .0}, never in the default locale's format. */
    public static String plain(double value) {
        if (!Double.isFinite(value)) {
            return Double.isNaN(value) ? "NaN" : value > 0 ? "∞" : "-∞";
        }
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
}
