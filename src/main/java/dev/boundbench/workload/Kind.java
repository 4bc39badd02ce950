package dev.boundbench.workload;

import java.util.ArrayList;
import java.util.List;

/**
 * What bounds a workload: a core (CPU), waiting (IO), or a share of each (MIXED). It picks the
 * default thread ladder.
 */
public enum Kind {
    /** Keeps a core busy; more threads than cores cannot help. */
    CPU,
    /** Mostly waits; threads far beyond the core count can overlap the waits. */
    IO,
    /**
     * Computes for part of each task and waits for the rest; the size is the share of waiting, in
     * percent. Threads beyond the cores overlap the waits, up to about cores / (1 − share).
     */
    MIXED;

    /** The top of the MIXED ladder, per core. */
    public static final int MIXED_THREADS_PER_CORE = 16;

    /**
     * The thread counts measured by default: for CPU 1, 2, 4 … up to twice the cores; for IO
     * 1, 10, 100, 1000, 10000; for MIXED 1, 2, 4 … up to {@value #MIXED_THREADS_PER_CORE} × the
     * cores, past the cores / (1 − share) of a 90 % share.
     *
     * @param cores the available processors of the machine that runs the benchmark
     */
    public List<Integer> defaultLadder(int cores) {
        List<Integer> ladder = new ArrayList<>();
        if (this == CPU || this == MIXED) {
            int top = (this == CPU ? 2 : MIXED_THREADS_PER_CORE) * cores;
            for (int n = 1; n <= top; n *= 2) {
                ladder.add(n);
            }
            if (ladder.get(ladder.size() - 1) != top) {
                ladder.add(top);
            }
        } else {
            for (int n = 1; n <= 10_000; n *= 10) {
                ladder.add(n);
            }
        }
        return List.copyOf(ladder);
    }
}
