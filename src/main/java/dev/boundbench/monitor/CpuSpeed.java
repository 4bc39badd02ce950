package dev.boundbench.monitor;

import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * How fast one core of this machine is right now: a fixed single-thread kernel (recursive
 * {@code fib(24)}, calls and returns, the work most sensitive to a busy neighbour on a shared core)
 * timed before the run. Load tells another process apart (foreign CPU) and a busy hypervisor
 * (steal); this figure tells a slower machine apart: two runs whose speeds differ were measured
 * on different CPUs, or the same CPU in a different state, whatever their code.
 *
 * @param microsPerCall the median time of one {@code fib(24)} call over the rounds, in microseconds
 * @param spreadPercent (slowest − fastest round) / median, in percent: how steady the core was
 */
public record CpuSpeed(double microsPerCall, double spreadPercent) {

    /** The kernel's size. */
    static final int N = 24;

    /** {@code fib(24)}, checked on every call so the work cannot be optimised away or go wrong. */
    static final long FIB_N = 46_368;

    private static final int ROUNDS = 15;

    /** Checks the values. */
    public CpuSpeed {
        if (!(microsPerCall > 0) || !(spreadPercent >= 0)) {
            throw new IllegalArgumentException("Needs microsPerCall > 0 and spreadPercent >= 0, got " + microsPerCall
                    + " and " + spreadPercent);
        }
    }

    /** Warms the kernel up for {@code warmup}, then times {@value #ROUNDS} rounds of {@code round} each. */
    public static CpuSpeed measure(Duration warmup, Duration round) {
        timeRound(warmup.toNanos());
        double[] micros = new double[ROUNDS];
        for (int i = 0; i < ROUNDS; i++) {
            micros[i] = timeRound(round.toNanos());
        }
        Arrays.sort(micros);
        double median = micros[ROUNDS / 2];
        return new CpuSpeed(median, 100 * (micros[ROUNDS - 1] - micros[0]) / median);
    }

    /** The usual measurement: 300 ms of warm-up, 15 rounds of 20 ms. */
    public static CpuSpeed measure() {
        return measure(Duration.ofMillis(300), Duration.ofMillis(20));
    }

    /** "fib(24) on one thread: 412 µs per call (median of 15 rounds; spread 8 %)". */
    public String describe() {
        return String.format(Locale.ROOT, "fib(%d) on one thread: %.0f µs per call (median of %d rounds; spread %.0f %%)",
                N, microsPerCall, ROUNDS, spreadPercent);
    }

    /**
     * The figures as numbers, for {@code environment.json}:
     * {@code {"microsPerCall": 254.0, "rounds": 15, "spreadPercent": 80}}.
     */
    public Map<String, Object> numbers() {
        Map<String, Object> numbers = new LinkedHashMap<>();
        numbers.put("microsPerCall", Math.round(microsPerCall * 10) / 10.0);
        numbers.put("rounds", ROUNDS);
        numbers.put("spreadPercent", Math.round(spreadPercent));
        return numbers;
    }

    /** Calls the kernel for at least {@code nanos}; the mean microseconds per call. */
    private static double timeRound(long nanos) {
        long start = System.nanoTime();
        long now;
        int calls = 0;
        do {
            if (fib(N) != FIB_N) {
                throw new IllegalStateException("fib(" + N + ") is not " + FIB_N);
            }
            calls++;
            now = System.nanoTime();
        } while (now - start < nanos);
        return (now - start) / 1e3 / calls;
    }

    static long fib(int n) {
        return n < 2 ? n : fib(n - 1) + fib(n - 2);
    }
}
