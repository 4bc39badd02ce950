package dev.boundbench.analysis.stats;

import dev.boundbench.analysis.read.RawSamples;
import org.apache.commons.math3.distribution.TDistribution;

/**
 * The ratio of two configurations measured side by side (one group, round by round) and its 95 %
 * interval from the paired log ratios {@code d = log(a / b)} at each fork and iteration. The host's
 * speed multiplies both sides of a window alike and cancels in {@code d}.
 *
 * <p><b>Units.</b> With one fork the iterations are the units: each iteration already averages
 * several rounds, so iterations act as blocks of rounds that drift together. With two forks or more,
 * each fork's mean of {@code d} is a unit (forks as the outer level). The interval is
 * {@code exp(mean(d) ± t_{n−1, 0.975} · sd(d) / √n)} over the n units; {@code CoverageSimulationTest}
 * measures its coverage on simulated groups whose host drifts.
 */
public final class PairedRatio {

    /** The confidence level of every paired interval. */
    public static final double LEVEL = 0.95;

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

    private static Estimate ofLogs(double[][] logs) {
        double[] units = logs.length == 1 ? logs[0] : new double[logs.length];
        if (logs.length > 1) {
            for (int f = 0; f < logs.length; f++) {
                units[f] = mean(logs[f]);
            }
        }
        int n = units.length;
        if (n < 2) {
            return Estimate.UNKNOWN;
        }
        double mean = mean(units);
        double squares = 0;
        for (double u : units) {
            squares += (u - mean) * (u - mean);
        }
        double half = new TDistribution(null, n - 1).inverseCumulativeProbability(1 - (1 - LEVEL) / 2)
                * Math.sqrt(squares / (n - 1) / n);
        return new Estimate(Math.exp(mean), Math.exp(mean - half), Math.exp(mean + half), Estimate.Method.PAIRED);
    }

    private static double mean(double[] values) {
        double sum = 0;
        for (double v : values) {
            sum += v;
        }
        return sum / values.length;
    }
}
