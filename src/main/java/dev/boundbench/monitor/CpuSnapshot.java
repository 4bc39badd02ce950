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
 */
record CpuSnapshot(long wallNanos, OptionalLong suiteNanos, Optional<MachineTicks> machine) {

    CpuSnapshot {
        Objects.requireNonNull(suiteNanos, "suiteNanos");
        Objects.requireNonNull(machine, "machine");
    }

    static CpuSnapshot take(ProcFiles proc, SuiteCpu suite) {
        OptionalLong suiteNanos = suite.nanos();
        Optional<MachineTicks> machine = proc.machine();
        return new CpuSnapshot(System.nanoTime(), suiteNanos, machine);
    }
}
