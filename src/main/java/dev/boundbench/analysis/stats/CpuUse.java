package dev.boundbench.analysis.stats;

import dev.boundbench.analysis.read.BenchmarkResult;
import dev.boundbench.analysis.read.Environment;
import dev.boundbench.analysis.read.Metric;
import java.util.Locale;
import org.apache.commons.math3.stat.StatUtils;

/**
 * What the suite's CPU profiler measured while one benchmark ran, read from its JMH secondary
 * metrics; a value is NaN where the metric is absent ("not measured": no {@code /proc}, an older
 * results file, another project's JSON). The thresholds that make a point <em>disturbed</em> live
 * here and nowhere else.
 *
 * @param busyCores the suite's CPU time (benchmark JVM and its child processes) over wall time, in
 *     cores: "cores busy"
 * @param cpuMsPerOp the suite's CPU time per operation (one batch), in milliseconds
 * @param foreignCores the CPU used on the machine by anything else during the measurement, in cores
 * @param stealPercent the hypervisor's steal time during the measurement, in percent
 * @param serviceCores the CPU spent serving the run outside the benchmark JVM, in cores: the kernel's
 *     own threads and interrupts (mostly its work for the suite's I/O: writeback, journal,
 *     completions) and JMH's host JVM; neither the benchmark's nor foreign
 * @param stealJudged whether steal counts towards disturbance: not on I/O work, where the
 *     hypervisor serving the point's own I/O (virtio exits) shows as steal in the guest
 * @param foreignError the standard error of {@code foreignCores} over the iterations, in cores; 0
 *     when unknown
 * @param stealError the standard error of {@code stealPercent} over the iterations, in percent; 0
 *     when unknown
 */
public record CpuUse(double busyCores, double cpuMsPerOp, double foreignCores, double stealPercent,
        double serviceCores, boolean stealJudged, double foreignError, double stealError) {

    /** The secondary metric of cores busy (unit {@code cores}); {@code ·} is U+00B7, as JMH writes profilers' metrics. */
    public static final String BUSY_METRIC = "·cpu.busy";

    /** The secondary metric of CPU time per operation (unit {@code ms/op}). */
    public static final String TIME_METRIC = "·cpu.time";

    /** The secondary metric of foreign CPU (unit {@code cores}). */
    public static final String FOREIGN_METRIC = "·cpu.foreign";

    /** The secondary metric of steal (unit {@code %}). */
    public static final String STEAL_METRIC = "·cpu.steal";

    /** The secondary metric of the kernel's threads, interrupts and JMH's host JVM (unit {@code cores}). */
    public static final String SERVICE_METRIC = "·cpu.service";

    /**
     * Above this much foreign CPU on average, in cores, a point is disturbed: 0.05 cores is 5 % of
     * one core, more than an idle desktop's background (a few tenths of a percent) and far less
     * than one busy process, which on 2 cores takes half the machine.
     */
    public static final double FOREIGN_CORES_LIMIT = 0.05;

    /** Above this much steal on average, in percent, a point is disturbed: the hypervisor gave its CPU to other guests. */
    public static final double STEAL_PERCENT_LIMIT = 2.0;

    /**
     * By how many standard errors a mean must clear its limit: /proc counts CPU in ticks of 10 ms,
     * so one iteration's foreign CPU is only good to about ±0.1 cores and its steal to a few
     * percent; averaged over 10 iterations that is still ±0.03 cores, and a limit of 0.05 cores
     * would call about one point in twenty disturbed on a quiet machine. Two standard errors keep
     * that below one in forty while a process using 0.15 cores or more is always seen.
     */
    public static final double STANDARD_ERRORS = 2.0;

    /** Nothing measured. */
    public static final CpuUse NOT_MEASURED = new CpuUse(Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN,
            true, 0, 0);

    /** The metrics of {@code result}, steal judged; NaN for each one it lacks. */
    public static CpuUse of(BenchmarkResult result) {
        return new CpuUse(score(result, BUSY_METRIC), score(result, TIME_METRIC), score(result, FOREIGN_METRIC),
                score(result, STEAL_METRIC), score(result, SERVICE_METRIC), true, standardError(result, FOREIGN_METRIC),
                standardError(result, STEAL_METRIC));
    }

    /** The metrics of {@code result}, steal judged unless its workload is I/O work in {@code environment}. */
    public static CpuUse of(BenchmarkResult result, Environment environment) {
        CpuUse cpu = of(result);
        boolean io = "IO".equals(environment.kindOf(result.params().get(CurveKey.WORKLOAD)));
        return new CpuUse(cpu.busyCores, cpu.cpuMsPerOp, cpu.foreignCores, cpu.stealPercent, cpu.serviceCores, !io,
                cpu.foreignError, cpu.stealError);
    }

    private static double score(BenchmarkResult result, String name) {
        Metric m = result.secondary().get(name);
        return m == null ? Double.NaN : m.score();
    }

    /** The standard error of the mean of the metric's iterations (all forks together); 0 below two. */
    private static double standardError(BenchmarkResult result, String name) {
        Metric m = result.secondary().get(name);
        double[] values = m == null ? new double[0] : m.raw().all();
        if (values.length < 2) {
            return 0;
        }
        return Math.sqrt(StatUtils.variance(values) / values.length);
    }

    /** Whether cores busy was measured. */
    public boolean busyMeasured() {
        return Double.isFinite(busyCores);
    }

    /** Whether foreign CPU or steal was measured, so whether the point can be called disturbed or not. */
    public boolean disturbanceMeasured() {
        return Double.isFinite(foreignCores) || Double.isFinite(stealPercent);
    }

    /**
     * Whether foreign CPU lies above {@link #FOREIGN_CORES_LIMIT} or, where steal is judged, steal
     * above {@link #STEAL_PERCENT_LIMIT}, each by more than {@link #STANDARD_ERRORS} standard errors.
     */
    public boolean disturbed() {
        return foreignCores - STANDARD_ERRORS * foreignError > FOREIGN_CORES_LIMIT
                || stealJudged && stealPercent - STANDARD_ERRORS * stealError > STEAL_PERCENT_LIMIT;
    }

    /**
     * "0.40 cores (± 0.03 s.e.) of foreign CPU on average (limit 0.05 cores) and 0.0 % steal (limit
     * 2 %)", or "… not measured".
     */
    public String disturbanceText() {
        String foreign = Double.isFinite(foreignCores) ? cores(foreignCores) + error(foreignError, "%.2f")
                + " of foreign CPU on average (limit " + Numbers.plain(FOREIGN_CORES_LIMIT) + " cores)"
                : "foreign CPU not measured";
        String steal = !Double.isFinite(stealPercent) ? "steal not measured"
                : stealJudged ? percent(stealPercent) + error(stealError, "%.1f") + " steal (limit "
                        + Numbers.plain(STEAL_PERCENT_LIMIT) + " %)"
                : percent(stealPercent) + " steal (not judged on I/O work)";
        return foreign + " and " + steal;
    }

    /** " (± 0.03 s.e.)", or nothing when the standard error is unknown. */
    private static String error(double standardError, String format) {
        String text = String.format(Locale.ROOT, format, standardError);
        return text.matches("[0.]+") ? "" : " (± " + text + " s.e.)";
    }

    /** {@code 0.40 cores}, locale-free. */
    static String cores(double cores) {
        return String.format(Locale.ROOT, "%.2f cores", cores);
    }

    /** {@code 1.5 %}, locale-free. */
    static String percent(double percent) {
        return String.format(Locale.ROOT, "%.1f %%", percent);
    }
}
