package dev.boundbench.workload;

import java.util.ArrayList;
import java.util.List;

/** What bounds a workload: a core (CPU) or waiting (IO). It picks the default thread ladder. */
public enum Kind {
    /** Keeps a core busy; more threads than cores cannot help. */
    CPU,
    /** Mostly waits; threads far beyond the core count can overlap the waits. */
    IO;

    /**
     * The thread counts measured by default: for CPU 1, 2, 4 … up to twice the cores; for IO
     * 1, 10, 100, 1000, 10000.
     *
     * @param cores the available processors of the machine that runs the benchmark
     */
    public List<Integer> defaultLadder(int cores) {
        List<Integer> ladder = new ArrayList<>();
        if (this == CPU) {
            for (int n = 1; n <= 2 * cores; n *= 2) {
                ladder.add(n);
            }
            if (ladder.get(ladder.size() - 1) != 2 * cores) {
                ladder.add(2 * cores);
            }
        } else {
            for (int n = 1; n <= 10_000; n *= 10) {
                ladder.add(n);
            }
        }
        return List.copyOf(ladder);
    }
}
