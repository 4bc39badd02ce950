package dev.boundbench.monitor;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Samples the machine for a moment before a run: how many cores are busy, how much of that is not
 * this JVM, the steal, and which processes use the most CPU.
 */
public final class PreflightSampler {

    /** How many of the busiest processes a sample names. */
    static final int NAMED = 3;

    /** Processes below this are not named, in cores. */
    static final double NAMED_MIN_CORES = 0.01;

    private final ProcFiles proc;
    private final long self = ProcessHandle.current().pid();

    /** Reads the real {@code /proc}. */
    public PreflightSampler() {
        this(Path.of("/proc"));
    }

    PreflightSampler(Path procRoot) {
        this.proc = new ProcFiles(procRoot);
    }

    /**
     * Reads /proc, waits {@code period} and reads it again.
     *
     * @return the sample, or empty when /proc could not be read
     */
    public Optional<MachineSample> sample(Duration period) throws InterruptedException {
        Optional<MachineTicks> machineBefore = proc.machine();
        Map<Long, ProcessTicks> before = proc.processes();
        long start = System.nanoTime();
        Thread.sleep(period);
        Optional<MachineTicks> machineAfter = proc.machine();
        Map<Long, ProcessTicks> after = proc.processes();
        double seconds = (System.nanoTime() - start) / 1e9;
        if (machineBefore.isEmpty() || machineAfter.isEmpty()) {
            return Optional.empty();
        }
        double ticksPerCoreOfSample = ProcFiles.TICKS_PER_SECOND * seconds;
        List<MachineSample.Consumer> others = new ArrayList<>();
        long ownTicks = 0;
        long kernelTicks = 0;
        for (ProcessTicks now : after.values()) {
            ProcessTicks then = before.get(now.pid());
            // A process born during the sample (or a reused pid) spent all its CPU inside it. Names
            // are no test: a kernel worker's name follows the queue it serves.
            long used = ProcessTicks.ticksSince(now.own(), then == null ? null : then.own());
            if (now.pid() == self) {
                ownTicks = used;
            } else if (now.kernelThread()) {
                kernelTicks += used;
            } else if (used / ticksPerCoreOfSample >= NAMED_MIN_CORES) {
                others.add(new MachineSample.Consumer(now.name(), now.pid(), used / ticksPerCoreOfSample));
            }
        }
        others.sort(Comparator.comparingDouble(MachineSample.Consumer::cores).reversed());
        long busyTicks = machineAfter.get().busy() - machineBefore.get().busy();
        long totalTicks = machineAfter.get().total() - machineBefore.get().total();
        long stealTicks = machineAfter.get().steal() - machineBefore.get().steal();
        long serviceTicks = kernelTicks + machineAfter.get().interrupts() - machineBefore.get().interrupts();
        return Optional.of(new MachineSample(seconds, Math.max(0, busyTicks) / ticksPerCoreOfSample,
                Math.max(0, busyTicks - ownTicks - serviceTicks) / ticksPerCoreOfSample,
                totalTicks > 0 ? Math.clamp(100.0 * stealTicks / totalTicks, 0, 100) : 0,
                others.subList(0, Math.min(NAMED, others.size()))));
    }

    /**
     * Samples for {@code period} and says in one line whether the machine is busy: empty when it
     * is quiet, a "not measured" line when /proc cannot be read or the wait was interrupted.
     */
    public String check(Duration period) {
        try {
            return sample(period).map(MachineSample::warning)
                    .orElse("Machine load before the run: not measured (no readable " + proc.root().resolve("stat")
                            + ")");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "Machine load before the run: not measured (interrupted)";
        }
    }
}
