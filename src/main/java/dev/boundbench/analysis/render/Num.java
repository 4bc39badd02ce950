package dev.boundbench.analysis.render;

import dev.boundbench.analysis.stats.Estimate;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;

/** Numbers as text, to a number of significant digits, the same under every locale. */
public final class Num {

    /** What an unknown number reads as. */
    public static final String NA = "n/a";

    private Num() {
    }

    /** {@code value} to {@code digits} significant digits; whole numbers of more digits are kept whole. */
    public static String sig(double value, int digits) {
        if (Double.isNaN(value)) {
            return NA;
        }
        if (Double.isInfinite(value)) {
            return value > 0 ? "∞" : "-∞";
        }
        if (value == 0) {
            return "0";
        }
        double abs = Math.abs(value);
        if (abs >= Math.pow(10, digits - 1)) {
            return new BigDecimal(value).setScale(0, RoundingMode.HALF_EVEN).toPlainString();
        }
        if (abs < 1e-4) {
            return String.format(Locale.ROOT, "%." + (digits - 1) + "e", value);
        }
        int scale = digits - 1 - (int) Math.floor(Math.log10(abs));
        return new BigDecimal(value).setScale(scale, RoundingMode.HALF_EVEN).toPlainString();
    }

    /** {@code value} as {@code 1.95 [1.80, 2.10]}, or without brackets when the interval is unknown. */
    public static String withInterval(Estimate e, int digits) {
        if (!e.known()) {
            return NA;
        }
        String v = sig(e.value(), digits);
        return e.hasInterval() ? v + " [" + sig(e.low(), digits) + ", " + sig(e.high(), digits) + "]" : v;
    }

    /** A ratio as {@code 1.95× [1.80, 2.10]}. */
    public static String times(Estimate e) {
        if (!e.known()) {
            return NA;
        }
        String v = sig(e.value(), 3) + "×";
        return e.hasInterval() && !(e.low() == e.value() && e.high() == e.value()) ? v + " [" + sig(e.low(), 3) + ", " + sig(e.high(), 3) + "]" : v;
    }

    /** A duration in seconds to three significant digits in the unit that suits it: {@code 35.0 µs}, {@code 12.4 ms}, {@code 1.20 s}. */
    public static String duration(double seconds) {
        if (!Double.isFinite(seconds)) {
            return sig(seconds, 3);
        }
        double abs = Math.abs(seconds);
        if (abs != 0 && abs < 1e-6) {
            return sig(seconds * 1e9, 3) + " ns";
        }
        if (abs != 0 && abs < 1e-3) {
            return sig(seconds * 1e6, 3) + " µs";
        }
        if (abs != 0 && abs < 1) {
            return sig(seconds * 1e3, 3) + " ms";
        }
        return sig(seconds, 3) + " s";
    }

    /** A fraction as a whole percentage, e.g. {@code 97%}. */
    public static String percent(double fraction) {
        if (!Double.isFinite(fraction)) {
            return sig(fraction, 2);
        }
        return new BigDecimal(fraction * 100).setScale(0, RoundingMode.HALF_EVEN).toPlainString() + "%";
    }

    /** "1 thread", "8 threads", or {@code name=value} for any other scale. */
    public static String at(String scale, double n) {
        if (scale.equals("threads")) {
            return scale(n) + (n == 1 ? " thread" : " threads");
        }
        return scale + "=" + scale(n);
    }

    /** A scale value: whole numbers without a decimal point. */
    public static String scale(double n) {
        if (n == Math.rint(n) && Math.abs(n) < 1e15) {
            return Long.toString((long) n);
        }
        return sig(n, 4);
    }
}
