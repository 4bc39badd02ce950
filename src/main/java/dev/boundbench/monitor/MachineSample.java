package dev.boundbench.monitor;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * How busy the machine was over a short sample, as the pre-flight check saw it.
 *
 * @param seconds      the sample's wall time, in seconds
 * @param busyCores    the machine's busy CPU over the sample, in cores
 * @param foreignCores the busy CPU of every process but this JVM, in cores
 * @param stealPercent steal ticks over all ticks, in %
 * @param busiest      the processes other than this JVM that used the most CPU, busiest first
 */
public record MachineSample(double seconds, double busyCores, double foreignCores, double stealPercent,
        List<Consumer> busiest) {

    /** Foreign CPU from which the machine counts as busy, in cores. */
    public static final double BUSY_FOREIGN_CORES = 0.10;

    /**
     * Steal from which the machine counts as busy, in %: one second of 2 cores is 200 ticks, so
     * below 5 % a handful of ticks decides it.
     */
    public static final double BUSY_STEAL_PERCENT = 5.0;

    public MachineSample {
        if (!(seconds > 0) || busyCores < 0 || foreignCores < 0 || stealPercent < 0 || stealPercent > 100) {
            throw new IllegalArgumentException("Needs seconds > 0, cores >= 0 and steal in [0, 100] %, got seconds "
                    + seconds + ", busy " + busyCores + ", foreign " + foreignCores + ", steal " + stealPercent);
        }
        busiest = List.copyOf(busiest);
    }

    /**
     * One process's CPU over the sample.
     *
     * @param name  its command name
     * @param pid   its process id
     * @param cores its CPU over the sample's wall time, in cores
     */
    public record Consumer(String name, long pid, double cores) {

        public Consumer {
            Objects.requireNonNull(name, "name");
            if (pid <= 0 || cores < 0) {
                throw new IllegalArgumentException("Needs pid > 0 and cores >= 0, got pid " + pid + ", cores " + cores);
            }
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%s pid %d: %.2f cores", name, pid, cores);
        }
    }

    /** Whether other processes or the hypervisor took enough CPU to disturb a measurement. */
    public boolean busy() {
        return foreignCores >= BUSY_FOREIGN_CORES || stealPercent >= BUSY_STEAL_PERCENT;
    }

    /** One line naming what keeps the machine busy, or an empty string when it is quiet. */
    public String warning() {
        if (!busy()) {
            return "";
        }
        String names = busiest.isEmpty() ? ""
                : busiest.stream().map(Consumer::toString).collect(Collectors.joining("; ", " (", ")"));
        return String.format(Locale.ROOT, "Machine busy before the run: %.2f cores in use by other processes%s and"
                + " %.0f %% steal; their CPU will be counted as foreign and the points marked disturbed. Stop them"
                + " for numbers you can trust.", foreignCores, names, stealPercent);
    }
}
