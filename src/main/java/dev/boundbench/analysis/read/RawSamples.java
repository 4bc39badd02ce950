package dev.boundbench.analysis.read;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A metric's measurements as JMH recorded them: one array per fork, one value per measurement
 * iteration (for sample-time histograms, the iteration's mean), in the metric's unit. The bootstrap
 * and the stability checks work from these; an empty instance means the file had no raw data.
 */
public final class RawSamples {

    /** No raw data. */
    public static final RawSamples NONE = new RawSamples(List.of());

    private final double[][] forks;

    /** Keeps a copy of {@code forks}, leaving out forks without a finite value and non-finite values. */
    public RawSamples(List<double[]> forks) {
        List<double[]> kept = new ArrayList<>();
        for (double[] fork : forks) {
            double[] finite = Arrays.stream(fork).filter(Double::isFinite).toArray();
            if (finite.length > 0) {
                kept.add(finite);
            }
        }
        this.forks = kept.toArray(double[][]::new);
    }

    /** How many forks have at least one value. */
    public int forkCount() {
        return forks.length;
    }

    /** The values of fork {@code index} (a copy), in iteration order. */
    public double[] fork(int index) {
        return forks[index].clone();
    }

    /** Every value, fork after fork, in iteration order. */
    public double[] all() {
        return Arrays.stream(forks).flatMapToDouble(Arrays::stream).toArray();
    }

    /** How many values there are in all. */
    public int count() {
        int count = 0;
        for (double[] fork : forks) {
            count += fork.length;
        }
        return count;
    }

    /** Whether there are no values. */
    public boolean isEmpty() {
        return forks.length == 0;
    }
}
