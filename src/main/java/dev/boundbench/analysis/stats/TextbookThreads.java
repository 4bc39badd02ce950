package dev.boundbench.analysis.stats;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The textbook's best thread count for tasks that wait for a share of their time: threads ≈ cores /
 * (1 − I/O share), so that the threads computing at any moment just fill the cores (Goetz, <i>Java
 * Concurrency in Practice</i>, §8.2: N = cores × (1 + wait / compute)). It assumes an endless stream
 * of tasks and free switching; with no computing at all it has no bound.
 */
public final class TextbookThreads {

    private TextbookThreads() {
    }

    /**
     * cores / (1 − share).
     *
     * @param cores the cores the work may use, above 0
     * @param ioShare the share of each task spent waiting, 0 to 1
     * @return the thread count, {@link Double#POSITIVE_INFINITY} at a share of 1
     * @throws IllegalArgumentException naming a share outside 0 to 1 or cores not above 0
     */
    public static double of(double cores, double ioShare) {
        if (!(cores > 0) || Double.isInfinite(cores)) {
            throw new IllegalArgumentException("The textbook thread count needs cores > 0, got " + cores);
        }
        if (!(ioShare >= 0 && ioShare <= 1)) {
            throw new IllegalArgumentException("An I/O share runs from 0 to 1 (0 % to 100 %), got " + ioShare);
        }
        return ioShare == 1 ? Double.POSITIVE_INFINITY : cores / (1 - ioShare);
    }

    /** {@link #of} as text: {@code 2.7}, {@code 20}, or {@code unbounded}; {@code n/a} when cores are unknown (NaN). */
    public static String describe(double cores, double ioShare) {
        if (Double.isNaN(cores)) {
            return "n/a";
        }
        double threads = of(cores, ioShare);
        if (Double.isInfinite(threads)) {
            return "unbounded";
        }
        return Numbers.plain(new BigDecimal(threads).setScale(1, RoundingMode.HALF_EVEN).doubleValue());
    }
}
