package dev.boundbench.monitor;

import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.profile.InternalProfiler;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.Result;

/**
 * A JMH profiler: per iteration, the cores the suite kept busy (this JVM and its child processes),
 * its CPU per operation, the CPU everything else used, and the hypervisor's steal, from Linux
 * {@code /proc}. Run with {@code java -jar target/benchmarks.jar ScalingBenchmark -prof
 * dev.boundbench.monitor.MachineLoadProfiler}; the launcher adds it to every run. JMH runs Trial
 * set-up inside the first iteration and Trial tear-down inside the last, so those two also carry
 * the start and stop of pools (worker JVMs included); /proc counts in ticks of 10 ms.
 */
public final class MachineLoadProfiler implements InternalProfiler {

    /** The suite's CPU over the iteration's wall time, in cores: 2.0 is two cores busy throughout. */
    public static final String CPU_BUSY = "\u00b7cpu.busy";

    /** The suite's CPU per measured operation, in ms/op. */
    public static final String CPU_TIME = "\u00b7cpu.time";

    /**
     * The machine's busy CPU minus the suite's and minus the kernel's own threads and interrupts,
     * over wall time, in cores: anything else running.
     */
    public static final String CPU_FOREIGN = "\u00b7cpu.foreign";

    /** Steal ticks over all ticks of the machine, in %. */
    public static final String CPU_STEAL = "\u00b7cpu.steal";

    /**
     * CPU spent serving the run outside the benchmark JVM, over wall time, in cores: the kernel's own
     * threads and interrupts (writeback, journal, I/O completions) and JMH's host JVM. Kept out of
     * both cores busy and foreign CPU.
     */
    public static final String CPU_SERVICE = "\u00b7cpu.service";

    private final ProcFiles proc;
    private final SuiteCpu suite;
    private final KernelCpu kernel;
    private CpuSnapshot start;

    /** Reads the real {@code /proc}; JMH calls this. */
    public MachineLoadProfiler() {
        this(Path.of("/proc"));
    }

    MachineLoadProfiler(Path procRoot) {
        this.proc = new ProcFiles(procRoot);
        this.suite = new SuiteCpu(proc);
        this.kernel = new KernelCpu(proc);
    }

    @Override
    public String getDescription() {
        return "Cores busy in this JVM and its child processes, CPU per operation, foreign CPU, kernel CPU and steal"
                + " (Linux /proc)";
    }

    @Override
    public void beforeIteration(BenchmarkParams benchmarkParams, IterationParams iterationParams) {
        try {
            start = CpuSnapshot.take(proc, suite, kernel);
        } catch (RuntimeException notMeasured) {
            start = null;
        }
    }

    /** Never throws: a figure that could not be measured is left out. */
    @Override
    @SuppressWarnings("rawtypes") // JMH's own signature
    public Collection<? extends Result> afterIteration(BenchmarkParams benchmarkParams, IterationParams iterationParams,
            IterationResult result) {
        try {
            if (start == null) {
                return List.of();
            }
            long operations = result.getMetadata() == null ? 0 : result.getMetadata().getMeasuredOps();
            return LoadResults.between(start, CpuSnapshot.take(proc, suite, kernel), operations);
        } catch (RuntimeException notMeasured) {
            return List.of();
        } finally {
            start = null;
        }
    }
}
