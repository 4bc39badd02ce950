package dev.boundbench.workload;

import java.util.Arrays;
import java.util.Locale;

/**
 * CPU work of a fixed number of steps, sized to time by a calibration made once per JVM. A step is
 * one round of {@link java.util.SplittableRandom}'s mixing function on the previous step's value: a
 * serial chain the JIT can neither fold nor vectorise, touching no memory, so every step costs the
 * same in every task and on every core. Being a fixed amount of work, a task that shares its core
 * with another takes longer, as real computation does; a loop spinning until a deadline would end on
 * time however little it computed.
 *
 * <p>The calibration times the compiled chain on the calling thread and keeps its fastest round;
 * it then sets {@value #STEPS_PER_MS_PROPERTY}, so that the worker processes a pool starts
 * afterwards (they get every {@code boundbench.*} property) do the same work as this JVM. Setting the
 * property beforehand skips the calibration, e.g. to give runs on different days the same work.
 */
public final class CalibratedWork {

    /** Steps per millisecond; set, it replaces the calibration. */
    public static final String STEPS_PER_MS_PROPERTY = "boundbench.mixed.stepsPerMs";

    /** SplittableRandom's increment between seeds. */
    private static final long GOLDEN_GAMMA = 0x9e3779b97f4a7c15L;

    /** Calls of {@link #WARM_UP_STEPS} steps before timing: enough for the JIT's optimising compile. */
    private static final int WARM_UP_CALLS = 3_000;
    private static final int WARM_UP_STEPS = 5_000;
    private static final int ROUNDS = 15;
    private static final double ROUND_MILLIS = 2;

    /** Where the warm-up's chain ends, so that the JIT cannot drop it. */
    private static volatile long sink;

    private CalibratedWork() {
    }

    /**
     * {@code count} steps of the chain from {@code seed}: each step is {@code new SplittableRandom(x).nextLong()}
     * of the step before, without the object.
     *
     * @return the last step's value; {@code seed} itself for no steps
     */
    public static long steps(long seed, long count) {
        long x = seed;
        for (long i = 0; i < count; i++) {
            long z = x + GOLDEN_GAMMA;
            z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
            z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
            x = z ^ (z >>> 31);
        }
        return x;
    }

    /** Steps per millisecond of one core: the property's value, else calibrated on first use. */
    public static long stepsPerMillisecond() {
        return Calibration.STEPS_PER_MS;
    }

    /**
     * The value of {@value #STEPS_PER_MS_PROPERTY}.
     *
     * @throws IllegalArgumentException naming the property and the bad value
     */
    static long parse(String text) {
        try {
            long value = Long.parseLong(text.trim());
            if (value > 0) {
                return value;
            }
        } catch (NumberFormatException e) {
            // Named below.
        }
        throw new IllegalArgumentException(STEPS_PER_MS_PROPERTY + " must be a whole number of steps per ms > 0, got \""
                + text + "\"");
    }

    /**
     * Times the compiled chain: the steps per millisecond of the fastest of {@value #ROUNDS} rounds of
     * about 2 ms, since anything else running on the core only ever slows a round down.
     */
    static long measure() {
        long x = 1;
        long start = System.nanoTime();
        for (int i = 0; i < WARM_UP_CALLS; i++) {
            x = steps(x, WARM_UP_STEPS);
        }
        double warmRate = (double) WARM_UP_CALLS * WARM_UP_STEPS / ((System.nanoTime() - start) / 1e6);
        long roundSteps = Math.max(1_000, (long) (warmRate * ROUND_MILLIS));
        double[] rates = new double[ROUNDS];
        for (int i = 0; i < ROUNDS; i++) {
            long t0 = System.nanoTime();
            x = steps(x, roundSteps);
            rates[i] = roundSteps / Math.max(1e-6, (System.nanoTime() - t0) / 1e6);
        }
        sink = x;
        Arrays.sort(rates);
        return Math.max(1, Math.round(rates[ROUNDS - 1]));
    }

    /** The one calibration of this JVM, made when first asked for. */
    private static final class Calibration {
        static final long STEPS_PER_MS = resolve();

        private static long resolve() {
            String given = System.getProperty(STEPS_PER_MS_PROPERTY);
            if (given != null) {
                return parse(given);
            }
            long measured = measure();
            System.setProperty(STEPS_PER_MS_PROPERTY, Long.toString(measured));
            System.err.printf(Locale.ROOT, "boundbench: CPU work calibrated on this JVM: %,d steps per ms"
                    + " (fastest of %d rounds); -D%s=%d gives another run the same work%n", measured, ROUNDS,
                    STEPS_PER_MS_PROPERTY, measured);
            return measured;
        }
    }
}
