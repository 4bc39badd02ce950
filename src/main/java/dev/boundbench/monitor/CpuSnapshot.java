package dev.boundbench.monitor;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The clocks at one moment: wall time, the suite's CPU and the machine's CPU; either CPU figure
 * may be "not measured" (empty).
 *
 * @param wallNanos  {@link System#nanoTime()}, in nanoseconds
 * @param suiteNanos the suite's CPU so far, in nanoseconds
 * @param machine    the machine's CPU ticks since boot
 * @param kernelTicks the kernel threads' and the JMH host's CPU ticks so far: neither the benchmark's
 *     nor foreign
 * @param softirqs the machine's softirq counts by kind, to tell loopback traffic from the rest
 */
record CpuSnapshot(long wallNanos, OptionalLong suiteNanos, Optional<MachineTicks> machine,
        Optional<KernelTicks> kernelTicks, Optional<SoftirqCounts> softirqs) {

    CpuSnapshot {
        Objects.requireNonNull(suiteNanos, "suiteNanos");
        Objects.requireNonNull(machine, "machine");
        Objects.requireNonNull(kernelTicks, "kernelTicks");
        Objects.requireNonNull(softirqs, "softirqs");
    }

    /** A snapshot without softirq counts, for tests. */
    CpuSnapshot(long wallNanos, OptionalLong suiteNanos, Optional<MachineTicks> machine,
                Optional<KernelTicks> kernelTicks) {
        this(wallNanos, suiteNanos, machine, kernelTicks, Optional.empty());
    }

    /** A snapshot without kernel threads' figures, for tests. */
    CpuSnapshot(long wallNanos, OptionalLong suiteNanos, Optional<MachineTicks> machine) {
        this(wallNanos, suiteNanos, machine, Optional.empty());
    }

    static CpuSnapshot take(ProcFiles proc, SuiteCpu suite, KernelCpu kernel) {
        Optional<KernelTicks> kernelTicks = kernel.ticks(suite.jmhHostTicks());
        OptionalLong suiteNanos = suite.nanos();
        Optional<MachineTicks> machine = proc.machine();
        return new CpuSnapshot(System.nanoTime(), suiteNanos, machine, kernelTicks, proc.softirqs());
    }
}
