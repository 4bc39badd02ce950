package dev.boundbench.monitor;

import java.lang.management.ManagementFactory;
import java.util.Iterator;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The suite's own CPU time: this JVM's, plus its live descendants' (the process pool's worker
 * JVMs), plus the children it has already reaped. Each process counts once: while it lives by its
 * own {@code /proc/<pid>/stat}, once reaped inside its parent's cutime + cstime. Apart from it, the
 * JMH host JVM that forked this one (it collects the results, and may still be compiling its own
 * code): part of the harness, so neither the benchmark's cores busy nor foreign CPU.
 */
final class SuiteCpu {

    private final ProcFiles proc;
    private final long self = ProcessHandle.current().pid();
    private final long parent = ProcessHandle.current().parent().map(ProcessHandle::pid).orElse(-1L);

    SuiteCpu(ProcFiles proc) {
        this.proc = proc;
    }

    /**
     * The CPU used so far, in nanoseconds; only differences mean something. Empty when /proc
     * cannot tell the child processes' share.
     */
    OptionalLong nanos() {
        Optional<ProcessTicks> jvm = proc.process(self);
        if (jvm.isEmpty()) {
            return OptionalLong.empty();
        }
        long ticks = jvm.get().reaped();
        for (Iterator<ProcessHandle> it = ProcessHandle.current().descendants().iterator(); it.hasNext(); ) {
            ticks += proc.process(it.next().pid()).map(child -> child.own() + child.reaped()).orElse(0L);
        }
        return OptionalLong.of(jvmNanos(jvm.get()) + ticks * ProcFiles.NANOS_PER_TICK);
    }

    /** The parent's own CPU ticks when it is a JVM (JMH's host, which forked this one), else 0. */
    long jmhHostTicks() {
        return parent <= 0 ? 0 : proc.process(parent).filter(p -> "java".equals(p.name())).map(ProcessTicks::own)
                .orElse(0L);
    }

    /** The JVM's own CPU to the nanosecond where the JDK offers it, else /proc's ticks. */
    private static long jvmNanos(ProcessTicks jvm) {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            long nanos = os.getProcessCpuTime();
            if (nanos >= 0) {
                return nanos;
            }
        }
        return jvm.own() * ProcFiles.NANOS_PER_TICK;
    }
}
