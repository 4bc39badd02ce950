package dev.boundbench.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The batch times of a {@link GroupBenchmark}'s rounds since the iteration began, kept for the
 * {@link GroupProfiler}, which hands them out per iteration. One benchmark runs per JMH fork, so
 * the fork has one log.
 *
 * <p>The order check compares each configuration's time when it ran first in its round with its
 * time when it ran later, within the iteration's rounds and the last round before them (so that an
 * iteration of a single round still has a neighbour to compare with).
 */
final class RoundLog {

    private static final RoundLog FORK = new RoundLog();

    private final Map<ConfigId, Totals> totals = new LinkedHashMap<>();
    private final List<Round> window = new ArrayList<>();
    private boolean drained;

    static RoundLog fork() {
        return FORK;
    }

    /** A log apart from the fork's, for tests. */
    static RoundLog newForTest() {
        return new RoundLog();
    }

    /** Forgets the configurations and every round: a new trial with its own configurations. */
    synchronized void reset(List<ConfigId> configs) {
        totals.clear();
        configs.forEach(id -> totals.put(id, new Totals()));
        window.clear();
        drained = false;
    }

    /** A new iteration: its times start from nothing; the last round stays for the order check. */
    synchronized void startIteration() {
        totals.values().forEach(Totals::clear);
        if (window.size() > 1) {
            Round last = window.get(window.size() - 1);
            window.clear();
            window.add(last);
        }
    }

    /**
     * Records one whole round.
     *
     * @param order the configurations in the order they ran
     * @param nanos each one's batch time, in that order
     */
    synchronized void round(List<ConfigId> order, long[] nanos) {
        Map<ConfigId, Long> times = new LinkedHashMap<>();
        for (int i = 0; i < order.size(); i++) {
            totals.get(order.get(i)).add(nanos[i]);
            times.put(order.get(i), nanos[i]);
        }
        window.add(new Round(order.get(0), times));
    }

    /** Whether a profiler ever took the times out. */
    synchronized boolean drained() {
        return drained;
    }

    /** The iteration's mean batch time of every configuration, and its order ratio; empty without rounds. */
    synchronized IterationTimes drain() {
        drained = true;
        Map<ConfigId, Double> millis = new LinkedHashMap<>();
        for (Map.Entry<ConfigId, Totals> entry : totals.entrySet()) {
            if (entry.getValue().count == 0) {
                return IterationTimes.NONE;
            }
            millis.put(entry.getKey(), entry.getValue().nanos / 1e6 / entry.getValue().count);
        }
        return new IterationTimes(millis, orderRatio());
    }

    /**
     * The geometric mean, over the configurations that ran both first and later in the window, of
     * (mean time when first) / (mean time when later); 1 when none did (one round, or the same
     * configuration first in both).
     */
    private double orderRatio() {
        double sum = 0;
        int configs = 0;
        for (ConfigId id : totals.keySet()) {
            double first = 0;
            double later = 0;
            int firsts = 0;
            int laters = 0;
            for (Round round : window) {
                double log = Math.log(round.nanos().get(id));
                if (round.first().equals(id)) {
                    first += log;
                    firsts++;
                } else {
                    later += log;
                    laters++;
                }
            }
            if (firsts > 0 && laters > 0) {
                sum += first / firsts - later / laters;
                configs++;
            }
        }
        return configs == 0 ? 1 : Math.exp(sum / configs);
    }

    /** One round: which configuration ran first, and every configuration's batch time. */
    private record Round(ConfigId first, Map<ConfigId, Long> nanos) {
    }

    private static final class Totals {
        long nanos;
        long count;

        void add(long batchNanos) {
            nanos += batchNanos;
            count++;
        }

        void clear() {
            nanos = 0;
            count = 0;
        }
    }

    /**
     * One iteration's figures.
     *
     * @param millis each configuration's mean batch time, in milliseconds, in the group's order
     * @param orderRatio the order check: time when run first over time when run later
     */
    record IterationTimes(Map<ConfigId, Double> millis, double orderRatio) {

        static final IterationTimes NONE = new IterationTimes(Map.of(), 1);

        IterationTimes {
            millis = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(millis));
        }
    }
}
