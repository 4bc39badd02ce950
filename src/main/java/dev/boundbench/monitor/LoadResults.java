package dev.boundbench.monitor;

import java.util.ArrayList;
import java.util.List;
import org.openjdk.jmh.results.AggregationPolicy;
import org.openjdk.jmh.results.ScalarResult;

/**
 * Turns two snapshots around one JMH iteration into its secondary results; a figure that was not
 * measured at either end is left out.
 */
final class LoadResults {

    private LoadResults() {
    }

    /**
     * @param operations the iteration's measured operations; no CPU per operation when 0
     */
    static List<ScalarResult> between(CpuSnapshot start, CpuSnapshot end, long operations) {
        List<ScalarResult> results = new ArrayList<>(4);
        double wallSeconds = (end.wallNanos() - start.wallNanos()) / 1e9;
        if (wallSeconds <= 0) {
            return results;
        }
        boolean suiteMeasured = start.suiteNanos().isPresent() && end.suiteNanos().isPresent();
        long suiteNanos = suiteMeasured ? end.suiteNanos().getAsLong() - start.suiteNanos().getAsLong() : 0;
        if (suiteMeasured) {
            results.add(avg(MachineLoadProfiler.CPU_BUSY, suiteNanos / 1e9 / wallSeconds, "cores"));
            if (operations > 0) {
                results.add(avg(MachineLoadProfiler.CPU_TIME, suiteNanos / 1e6 / operations, "ms/op"));
            }
        }
        if (start.machine().isPresent() && end.machine().isPresent()) {
            MachineTicks before = start.machine().get();
            MachineTicks after = end.machine().get();
            long busyTicks = after.busy() - before.busy();
            long totalTicks = after.total() - before.total();
            long kernelTicks = interruptsOutsideTheSuite(start, end);
            boolean kernelMeasured = start.kernelTicks().isPresent() && end.kernelTicks().isPresent();
            if (kernelMeasured) {
                kernelTicks += end.kernelTicks().get().since(start.kernelTicks().get());
                results.add(avg(MachineLoadProfiler.CPU_SERVICE,
                        kernelTicks * (double) ProcFiles.NANOS_PER_TICK / 1e9 / wallSeconds, "cores"));
            }
            if (suiteMeasured) {
                double foreignNanos = (busyTicks - kernelTicks) * (double) ProcFiles.NANOS_PER_TICK - suiteNanos;
                results.add(avg(MachineLoadProfiler.CPU_FOREIGN, foreignNanos / 1e9 / wallSeconds, "cores"));
            }
            if (totalTicks > 0) {
                double steal = 100.0 * (after.steal() - before.steal()) / totalTicks;
                results.add(avg(MachineLoadProfiler.CPU_STEAL, steal, "%"));
            }
        }
        return results;
    }

    /**
     * The interrupt ticks to set apart from both the suite's CPU and foreign CPU: every hard
     * interrupt, and the softirqs other than the network's. The kernel serves loopback traffic
     * (NET_RX) in the sending thread's own context, so that time is already inside the suite's CPU
     * when the suite talks to itself over 127.0.0.1; setting it apart again read as up to −0.5
     * cores of foreign CPU on the server benchmarks. The softirq time is split by the kinds' counts.
     */
    static long interruptsOutsideTheSuite(CpuSnapshot start, CpuSnapshot end) {
        MachineTicks before = start.machine().orElseThrow();
        MachineTicks after = end.machine().orElseThrow();
        long interrupts = after.interrupts() - before.interrupts();
        if (start.softirqs().isEmpty() || end.softirqs().isEmpty()) {
            return interrupts;
        }
        double networkShare = end.softirqs().get().networkShareSince(start.softirqs().get());
        return interrupts - Math.round((after.softirq() - before.softirq()) * networkShare);
    }

    private static ScalarResult avg(String label, double value, String unit) {
        return new ScalarResult(label, value, unit, AggregationPolicy.AVG);
    }
}
