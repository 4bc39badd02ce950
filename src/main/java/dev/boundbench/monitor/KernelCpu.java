package dev.boundbench.monitor;

import java.util.OptionalLong;

/**
 * The CPU of the kernel's own threads (children of {@code kthreadd}: kworker, jbd2, ksoftirqd …),
 * which flush and journal the suite's file writes and finish its I/O. It is kept apart from
 * foreign CPU, since a benchmark that writes files makes it itself. Reading it lists /proc, about
 * a millisecond, outside the measured code.
 */
final class KernelCpu {

    private final ProcFiles proc;

    KernelCpu(ProcFiles proc) {
        this.proc = proc;
    }

    /** The kernel threads' CPU so far, in clock ticks; only differences mean something. Empty without /proc. */
    OptionalLong ticks() {
        return ticks(0);
    }

    /**
     * The kernel threads' CPU so far plus {@code harnessTicks} (the JMH host's), in clock ticks: the
     * CPU that is neither the benchmark's nor foreign.
     */
    OptionalLong ticks(long harnessTicks) {
        var processes = proc.processes();
        if (processes.isEmpty()) {
            return OptionalLong.empty();
        }
        return OptionalLong.of(harnessTicks + processes.values().stream().filter(ProcessTicks::kernelThread)
                .mapToLong(ProcessTicks::own).sum());
    }
}
