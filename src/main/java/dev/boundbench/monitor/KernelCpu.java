package dev.boundbench.monitor;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

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

    /**
     * The kernel threads' CPU so far, by pid, with {@code harnessTicks} (the JMH host's); empty
     * without /proc.
     */
    Optional<KernelTicks> ticks(long harnessTicks) {
        var processes = proc.processes();
        if (processes.isEmpty()) {
            return Optional.empty();
        }
        Map<Long, Long> kernel = new HashMap<>();
        processes.values().stream().filter(ProcessTicks::kernelThread).forEach(p -> kernel.put(p.pid(), p.own()));
        return Optional.of(new KernelTicks(kernel, harnessTicks));
    }
}
