package dev.boundbench.analysis.stats;

import dev.boundbench.analysis.read.BenchmarkResult;
import dev.boundbench.analysis.read.Environment;
import dev.boundbench.analysis.read.Warning;
import java.util.ArrayList;
import java.util.List;

/**
 * Whether anything else used the machine while a run was measured: how many of its points were
 * measured for foreign CPU or steal, and how many were disturbed (see {@link CpuUse} for the limits).
 * The launcher prints {@link #line()} at the end of a run; the report puts it near its top.
 *
 * @param points the benchmarks of the run
 * @param measured how many of them carry foreign CPU or steal
 * @param disturbed how many of the measured ones were disturbed
 * @param maxForeignCores the most foreign CPU any point saw, in cores; NaN when none was measured
 * @param maxStealPercent the most steal any point saw, in percent; NaN when none was measured
 */
public record Disturbance(int points, int measured, int disturbed, double maxForeignCores, double maxStealPercent) {

    /** Checks the counts. */
    public Disturbance {
        if (points < 0 || measured < 0 || disturbed < 0 || measured > points || disturbed > measured) {
            throw new IllegalArgumentException("Counts must satisfy 0 ≤ disturbed ≤ measured ≤ points, got "
                    + disturbed + ", " + measured + ", " + points);
        }
    }

    /** The disturbance of {@code results}, each judged by its workload's kind in {@code environment}. */
    public static Disturbance of(List<BenchmarkResult> results, Environment environment) {
        int measured = 0;
        int disturbed = 0;
        double foreign = Double.NaN;
        double steal = Double.NaN;
        for (BenchmarkResult r : results) {
            CpuUse cpu = CpuUse.of(r, environment);
            if (!cpu.disturbanceMeasured()) {
                continue;
            }
            measured++;
            disturbed += cpu.disturbed() ? 1 : 0;
            foreign = max(foreign, cpu.foreignCores());
            steal = max(steal, cpu.stealJudged() ? cpu.stealPercent() : Double.NaN);
        }
        return new Disturbance(results.size(), measured, disturbed, foreign, steal);
    }

    private static double max(double a, double b) {
        return Double.isNaN(a) ? b : Double.isNaN(b) ? a : Math.max(a, b);
    }

    /** One warning per disturbed point of {@code results}, naming it and what it saw. */
    public static List<Warning> warnings(List<BenchmarkResult> results, Environment environment) {
        List<Warning> warnings = new ArrayList<>();
        for (BenchmarkResult r : results) {
            CpuUse cpu = CpuUse.of(r, environment);
            if (cpu.disturbed()) {
                warnings.add(Warning.about(Warning.Kind.DISTURBED, r, "disturbed: " + cpu.disturbanceText()
                        + " while it ran; its score is not to be trusted"));
            }
        }
        return warnings;
    }

    /** Whether at least one point was disturbed. */
    public boolean any() {
        return disturbed > 0;
    }

    /**
     * One line of plain text: "Disturbed points: 0 of 71 — foreign CPU ≤ 0.05 cores and steal ≤ 2 %
     * throughout", "Disturbed points: 3 of 71 — foreign CPU up to 0.40 cores, steal up to 0.0 %: their
     * figures and the verdicts resting on them are not to be trusted", or "Disturbed points: not
     * measured …".
     */
    public String line() {
        if (measured == 0) {
            return "Disturbed points: not measured (the results carry no " + CpuUse.FOREIGN_METRIC + " or "
                    + CpuUse.STEAL_METRIC + " metrics)";
        }
        String of = disturbed + " of " + measured + (measured < points ? " measured (" + (points - measured)
                + " of " + points + " points not measured)" : "");
        if (disturbed == 0) {
            return "Disturbed points: " + of + " — foreign CPU ≤ " + Numbers.plain(CpuUse.FOREIGN_CORES_LIMIT)
                    + " cores and steal ≤ " + Numbers.plain(CpuUse.STEAL_PERCENT_LIMIT) + " % throughout";
        }
        List<String> saw = new ArrayList<>();
        if (Double.isFinite(maxForeignCores)) {
            saw.add("foreign CPU up to " + CpuUse.cores(maxForeignCores));
        }
        if (Double.isFinite(maxStealPercent)) {
            saw.add("steal up to " + CpuUse.percent(maxStealPercent));
        }
        return "Disturbed points: " + of + " — " + String.join(", ", saw)
                + ": their figures and the verdicts resting on them are not to be trusted";
    }
}
