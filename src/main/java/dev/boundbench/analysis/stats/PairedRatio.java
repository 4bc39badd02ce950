package dev.boundbench.analysis.stats;

import dev.boundbench.analysis.read.RawSamples;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.math3.distribution.TDistribution;

/**
 * The ratio of two configurations measured side by side (one group, round by round) and its 95 %
 * interval from the paired log ratios {@code d = log(a / b)} at each fork and iteration. The host's
 * speed multiplies both sides of a window alike and cancels in {@code d}.
 *
 * <p><b>Units.</b> With two forks or more, each fork's mean of {@code d} is a unit (forks as the
 * outer level). With one fork, the units are the means of {@value #BLOCKS} blocks of consecutive
 * iterations (each iteration its own block when there are no more): an iteration already averages
 * several rounds, and a block of iterations also holds what drifts between configurations over
 * several seconds within a fork (in a granularity sweep on a 2-core VM, the variance of means of 8
 * iterations of margins' log ratios was 1.2–1.5 times what independent iterations give). Over the
 * n units, weighted by their iterations, the interval is {@code exp(mean(d) ± t_{n−1, 0.975} · se)},
 * {@code se} their weighted standard error ({@code sd / √n} when the weights are equal); {@code CoverageSimulationTest}
 * measures its coverage on simulated groups whose host drifts.
 */
public final class PairedRatio {

    /** The confidence level of every paired interval. */
    public static final double LEVEL = 0.95;

    /** The units of a one-fork interval: blocks of consecutive iterations, at most this many. */
    public static final int BLOCKS = 8;

    private PairedRatio() {
    }

    /**
     * exp(mean of the units of log(a / b)), with its {@link #LEVEL} interval, method
     * {@link Estimate.Method#PAIRED}; {@link Estimate#UNKNOWN} unless {@code a} is
     * {@link RawSamples#pairedWith paired with} {@code b}, every value is positive and there are two
     * units or more.
     */
    public static Estimate of(RawSamples a, RawSamples b) {
        if (!a.pairedWith(b)) {
            return Estimate.UNKNOWN;
        }
        double[][] logs = new double[a.forkCount()][];
        for (int f = 0; f < logs.length; f++) {
            double[] x = a.fork(f);
            double[] y = b.fork(f);
            logs[f] = new double[x.length];
            for (int i = 0; i < x.length; i++) {
                if (!(x[i] > 0 && y[i] > 0)) {
                    return Estimate.UNKNOWN;
                }
                logs[f][i] = Math.log(x[i] / y[i]);
            }
        }
        return ofLogs(logs);
    }

    /**
     * The geometric mean of positive ratios given per fork and iteration (such as the order
     * metric), with its {@link #LEVEL} interval by the same units; {@link Estimate#UNKNOWN} when a
     * value is not positive or there are fewer than two units.
     */
    public static Estimate ofRatios(RawSamples ratios) {
        double[][] logs = new double[ratios.forkCount()][];
        for (int f = 0; f < logs.length; f++) {
            double[] x = ratios.fork(f);
            logs[f] = new double[x.length];
            for (int i = 0; i < x.length; i++) {
                if (!(x[i] > 0)) {
                    return Estimate.UNKNOWN;
                }
                logs[f][i] = Math.log(x[i]);
            }
        }
        return ofLogs(logs);
    }

    /**
     * exp(mean of {@code logs}), each value a unit of its own, with its {@link #LEVEL} interval:
     * for callers that have made their units already (such as blocks of rounds);
     * {@link Estimate#UNKNOWN} with fewer than two.
     */
    public static Estimate ofUnits(double[] logs) {
        List<Unit> units = new ArrayList<>(logs.length);
        for (double log : logs) {
            units.add(new Unit(log, 1));
        }
        return interval(units);
    }

    private static Estimate ofLogs(double[][] logs) {
        if (logs.length == 1) {
            return interval(blocks(logs[0]));
        }
        List<Unit> forks = new ArrayList<>(logs.length);
        for (double[] fork : logs) {
            forks.add(new Unit(mean(fork), 1));
        }
        return interval(forks);
    }

    /** The weighted mean of the units and its Student t interval with n − 1 degrees of freedom. */
    private static Estimate interval(List<Unit> units) {
        int n = units.size();
        if (n < 2) {
            return Estimate.UNKNOWN;
        }
        double weights = 0;
        double sum = 0;
        for (Unit u : units) {
            weights += u.weight();
            sum += u.mean() * u.weight();
        }
        double mean = sum / weights;
        double squares = 0;
        for (Unit u : units) {
            double share = u.weight() / weights;
            squares += share * share * (u.mean() - mean) * (u.mean() - mean);
        }
        double half = new TDistribution(null, n - 1).inverseCumulativeProbability(1 - (1 - LEVEL) / 2)
                * Math.sqrt(squares * n / (n - 1));
        return new Estimate(Math.exp(mean), Math.exp(mean - half), Math.exp(mean + half), Estimate.Method.PAIRED);
    }

    /**
     * {@code min(BLOCKS, n)} blocks of consecutive values, whose lengths differ by one at most, each
     * weighted by its length, so that the blocks' weighted mean is the mean of every value.
     */
    static List<Unit> blocks(double[] values) {
        int count = Math.min(BLOCKS, values.length);
        List<Unit> blocks = new ArrayList<>(count);
        int start = 0;
        for (int b = 0; b < count; b++) {
            int end = (int) ((long) values.length * (b + 1) / count);
            double sum = 0;
            for (int i = start; i < end; i++) {
                sum += values[i];
            }
            blocks.add(new Unit(sum / (end - start), end - start));
            start = end;
        }
        return blocks;
    }

    /** One unit of an interval: the mean log ratio of its iterations, and its weight. */
    record Unit(double mean, double weight) {
    }

    private static double mean(double[] values) {
        double sum = 0;
        for (double v : values) {
            sum += v;
        }
        return sum / values.length;
    }
}
