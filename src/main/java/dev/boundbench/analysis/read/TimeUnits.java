package dev.boundbench.analysis.read;

import java.util.Locale;

/** JMH's score units ({@code us/op}, {@code ops/ms} …) turned into seconds and operations per second. */
public final class TimeUnits {

    private TimeUnits() {
    }

    /** Seconds in the time unit JMH writes ({@code ns}, {@code us}, {@code ms}, {@code s}, {@code min}, {@code hr}, {@code day}); NaN for any other. */
    public static double seconds(String timeUnit) {
        return switch (timeUnit.trim().toLowerCase(Locale.ROOT)) {
            case "ns" -> 1e-9;
            case "us", "µs" -> 1e-6;
            case "ms" -> 1e-3;
            case "s" -> 1;
            case "min" -> 60;
            case "hr", "h" -> 3_600;
            case "day", "d" -> 86_400;
            default -> Double.NaN;
        };
    }

    /** A time per operation in {@code unit} ({@code X/op}) in seconds; NaN when the unit is not a time per operation. */
    public static double toSeconds(double value, String unit) {
        String[] parts = unit.split("/", -1);
        return parts.length == 2 && parts[1].trim().equals("op") ? value * seconds(parts[0]) : Double.NaN;
    }

    /** A score in {@code unit} as operations per second: the inverse of a time per operation, or a rate converted; NaN when unknown. */
    public static double perSecond(double score, String unit) {
        String[] parts = unit.split("/", -1);
        if (parts.length != 2) {
            return Double.NaN;
        }
        if (parts[1].trim().equals("op")) {
            return 1 / (score * seconds(parts[0]));
        }
        return parts[0].trim().equals("ops") ? score / seconds(parts[1]) : Double.NaN;
    }
}
