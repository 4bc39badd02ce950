package dev.boundbench.launcher;

import dev.boundbench.workload.Kind;
import org.openjdk.jmh.runner.options.CommandLineOptions;

/**
 * The forks and iterations of a paired group, by the kind of its workload. A CPU group's ratios
 * are small (speedups up to the cores, margins of a few percent between engines) and every
 * configuration's batch moves with the host's speed from one batch to the next, so its interval
 * narrows only with the seconds each configuration is measured: CPU groups get most of a run.
 * The ratios of I/O and mixed work are large (overlapped waits), and their groups get less.
 *
 * @param cpu the iterations of a group of a {@link Kind#CPU} workload
 * @param other the iterations of a group of any other workload
 */
record GroupIterations(Iterations cpu, Iterations other) {

    /** The iterations of a group of {@code kind}. */
    Iterations of(Kind kind) {
        return kind == Kind.CPU ? cpu : other;
    }

    /** These, with any of JMH's own options in {@code jmh} in their place (for both kinds alike). */
    GroupIterations overriddenBy(CommandLineOptions jmh) {
        return new GroupIterations(cpu.overriddenBy(jmh), other.overriddenBy(jmh));
    }
}
