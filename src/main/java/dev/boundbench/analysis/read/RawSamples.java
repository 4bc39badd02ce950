package dev.boundbench.analysis.read;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A metric's measurements as JMH recorded them: one array per fork, one value per measurement
 * iteration (for sample-time histograms, the iteration's mean), in the metric's unit. The bootstrap
 * and the stability checks work from these; an empty instance means the file had no raw data.
 *
 * <p>A pairing tag names the measurement window the values share: two samples with the same
 * non-empty tag and the same shape were measured side by side (the configurations of one group,
 * round by round), so their values at the same fork and iteration belong together.
 */
public final class RawSamples {

    /** No raw data. */
    public static final RawSamples NONE = new RawSamples(List.of());

    private final double[][] forks;
    private final String pairing;

    /** Keeps a copy of {@code forks}, leaving out forks without a finite value and non-finite values. */
    public RawSamples(List<double[]> forks) {
        this(forks, "");
    }

    /**
     * Keeps a copy of {@code forks} as the one-argument constructor does, tagged with {@code pairing}
     * ("" for none); the tag is dropped when a value had to be left out, since the values would no
     * longer line up with their partners'.
     */
    public RawSamples(List<double[]> forks, String pairing) {
        List<double[]> kept = new ArrayList<>();
        boolean dropped = false;
        for (double[] fork : forks) {
            double[] finite = Arrays.stream(fork).filter(Double::isFinite).toArray();
            dropped |= finite.length != fork.length;
            if (finite.length > 0) {
                kept.add(finite);
            }
        }
        this.forks = kept.toArray(double[][]::new);
        this.pairing = dropped ? "" : java.util.Objects.requireNonNull(pairing, "pairing");
    }

    /** The same values with the pairing tag {@code tag}. */
    public RawSamples withPairing(String tag) {
        return new RawSamples(Arrays.asList(forks), tag);
    }

    /** The pairing tag: the measurement window these values share with others; "" when none. */
    public String pairing() {
        return pairing;
    }

    /**
     * Whether {@code other} was measured side by side with this: the same non-empty pairing tag and
     * the same number of values in every fork.
     */
    public boolean pairedWith(RawSamples other) {
        if (pairing.isEmpty() || !pairing.equals(other.pairing) || forks.length != other.forks.length) {
            return false;
        }
        for (int f = 0; f < forks.length; f++) {
            if (forks[f].length != other.forks[f].length) {
                return false;
            }
        }
        return true;
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
