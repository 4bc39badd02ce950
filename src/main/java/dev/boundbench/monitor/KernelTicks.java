package dev.boundbench.monitor;

import java.util.Map;
import java.util.Objects;

/**
 * The CPU ticks of the kernel's own threads, by pid, and of JMH's host JVM at one moment: the CPU
 * that serves a run without being the benchmark's or foreign.
 *
 * @param kernelThreads each kernel thread's utime + stime so far, by pid, in clock ticks
 * @param harness the JMH host JVM's own ticks so far (0 when there is none)
 */
record KernelTicks(Map<Long, Long> kernelThreads, long harness) {

    KernelTicks {
        kernelThreads = Map.copyOf(Objects.requireNonNull(kernelThreads, "kernelThreads"));
    }

    /**
     * The ticks used since {@code earlier}, pid by pid: kernel workers come and go, and one that
     * exits takes its CPU with it, so a plain difference of sums would jump by its whole life. A
     * thread born meanwhile (or a reused pid) counts all its ticks; one that exited counts none.
     */
    long since(KernelTicks earlier) {
        long ticks = Math.max(0, harness - earlier.harness);
        for (Map.Entry<Long, Long> now : kernelThreads.entrySet()) {
            ticks += ProcessTicks.ticksSince(now.getValue(), earlier.kernelThreads.get(now.getKey()));
        }
        return ticks;
    }
}
