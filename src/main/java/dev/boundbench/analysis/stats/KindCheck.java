package dev.boundbench.analysis.stats;

import dev.boundbench.analysis.read.BenchmarkResult;
import dev.boundbench.analysis.read.Environment;
import dev.boundbench.analysis.read.Warning;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Compares the cores a point kept busy with the kind of work its workload declares: CPU work that
 * keeps less than half a core busy per thread it may use is waiting on something, and I/O work
 * that keeps more than half a core busy is timed partly by computing — its own or the engine's —
 * rather than by waiting alone.
 */
public final class KindCheck {

    /** CPU work is flagged below this many busy cores per usable thread, min(threads, cores). */
    public static final double CPU_MIN_BUSY_PER_THREAD = 0.5;

    /** I/O work is flagged above this many busy cores. */
    public static final double IO_MAX_BUSY_CORES = 0.5;

    /** The {@code @Param} that holds a point's thread count. */
    static final String THREADS_PARAM = "threads";

    /** The {@code environment.json} entry that holds the cores the run could use. */
    static final String CORES_ENTRY = "cores";

    private KindCheck() {
    }

    /** A point whose cores busy contradicts its workload's kind; {@link #detail()} says how, for its warning. */
    public sealed interface Contradiction permits CpuWaits, IoComputes {

        /** The point. */
        BenchmarkResult result();

        /** What the point's warning says after its label. */
        String detail();

        /** The warning naming the point. */
        default Warning warning() {
            return Warning.about(Warning.Kind.KIND_CHECK, result(), detail());
        }
    }

    /**
     * CPU work that keeps fewer than {@link #CPU_MIN_BUSY_PER_THREAD} cores busy per core it could use.
     *
     * @param result the point
     * @param workload its workload
     * @param busyCores the cores it kept busy
     * @param threads its threads
     * @param cores the cores of the run
     */
    public record CpuWaits(BenchmarkResult result, String workload, double busyCores, double threads, double cores)
            implements Contradiction {

        /** The cores it could use: the fewer of its threads and the run's cores. */
        public double usable() {
            return Math.min(threads, cores);
        }

        @Override
        public String detail() {
            return "CPU workload " + workload + " keeps only " + CpuUse.cores(busyCores) + " busy, under half of the "
                    + Numbers.plain(usable()) + " it could use (min of " + Numbers.plain(threads) + " threads and "
                    + Numbers.plain(cores) + " cores): it waits (locks, I/O, too few tasks for the threads) more than"
                    + " it computes";
        }
    }

    /**
     * I/O work that keeps more than {@link #IO_MAX_BUSY_CORES} cores busy.
     *
     * @param result the point
     * @param workload its workload
     * @param busyCores the cores it kept busy
     * @param threads its threads; NaN when it has no threads parameter
     */
    public record IoComputes(BenchmarkResult result, String workload, double busyCores, double threads)
            implements Contradiction {

        @Override
        public String detail() {
            return "IO workload " + workload + " keeps " + CpuUse.cores(busyCores) + " busy"
                    + (Double.isFinite(threads) ? " at " + KindCheck.threads(threads) : "")
                    + ": computing, not only waiting, sets its time — the workload's own CPU (copying"
                    + " bytes, an HTTP stack) or the engine's (starting threads, a pipe per task)";
        }
    }

    /** One warning per point whose cores busy contradicts its workload's kind; silent where either is unknown. */
    public static List<Warning> warnings(List<BenchmarkResult> results, Environment environment) {
        return contradictions(results, environment).stream().map(Contradiction::warning).toList();
    }

    /** The points whose cores busy contradicts their workload's kind; none where either is unknown. */
    public static List<Contradiction> contradictions(List<BenchmarkResult> results, Environment environment) {
        List<Contradiction> found = new ArrayList<>();
        double cores = number(environment.entries().get(CORES_ENTRY));
        for (BenchmarkResult r : results) {
            CpuUse cpu = CpuUse.of(r);
            String workload = r.params().get(CurveKey.WORKLOAD);
            double threads = number(r.params().get(THREADS_PARAM));
            if (!cpu.busyMeasured() || workload == null) {
                continue;
            }
            switch (environment.kindOf(workload)) {
                case "CPU" -> {
                    CpuWaits waits = new CpuWaits(r, workload, cpu.busyCores(), threads, cores);
                    if (Double.isFinite(waits.usable()) && cpu.busyCores() < CPU_MIN_BUSY_PER_THREAD * waits.usable()) {
                        found.add(waits);
                    }
                }
                case "IO" -> {
                    if (cpu.busyCores() > IO_MAX_BUSY_CORES) {
                        found.add(new IoComputes(r, workload, cpu.busyCores(), threads));
                    }
                }
                default -> {
                    // kind unknown: nothing to contradict
                }
            }
        }
        return found;
    }

    /** E.g. {@code 1 thread}, {@code 1,000 threads}. */
    private static String threads(double threads) {
        return String.format(Locale.ROOT, "%,d", (long) threads) + (threads == 1 ? " thread" : " threads");
    }

    /** A whole positive number from environment or parameter text, else NaN. */
    private static double number(String text) {
        if (text == null) {
            return Double.NaN;
        }
        try {
            double v = Double.parseDouble(text.trim());
            return v > 0 ? v : Double.NaN;
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }
}
