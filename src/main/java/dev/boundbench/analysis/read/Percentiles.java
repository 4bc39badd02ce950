package dev.boundbench.analysis.read;

import java.util.Collections;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The latency percentiles of a sample-time metric, as JMH writes them ({@code scorePercentiles}),
 * over every timed operation of every iteration and fork.
 *
 * @param byPercent the value at each percentile, keyed 0–100 (e.g. {@code 99.9}), in the metric's unit
 * @param samples how many operations were timed, all iterations and forks together; 0 when unknown
 */
public record Percentiles(SortedMap<Double, Double> byPercent, long samples) {

    /** None: not a sample-time metric. */
    public static final Percentiles NONE = new Percentiles(new TreeMap<>(), 0);

    /** Checks the values and freezes the map. */
    public Percentiles {
        if (samples < 0) {
            throw new IllegalArgumentException("Samples must not be negative, got " + samples);
        }
        for (double percent : byPercent.keySet()) {
            if (!(percent >= 0 && percent <= 100)) {
                throw new IllegalArgumentException("A percentile must lie in 0..100, got " + percent);
            }
        }
        byPercent = Collections.unmodifiableSortedMap(new TreeMap<>(byPercent));
    }

    /** The value at {@code percent} (e.g. 99.9), or NaN when JMH wrote none. */
    public double at(double percent) {
        return byPercent.getOrDefault(percent, Double.NaN);
    }

    /** Whether there are any. */
    public boolean isEmpty() {
        return byPercent.isEmpty();
    }
}
