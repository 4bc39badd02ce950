package dev.boundbench.analysis.render;

import dev.boundbench.analysis.read.Environment;
import dev.boundbench.analysis.stats.CurveStats;
import dev.boundbench.analysis.stats.Estimate;
import dev.boundbench.analysis.stats.HierarchicalBootstrap;
import dev.boundbench.analysis.stats.PointStats;
import dev.boundbench.analysis.verdict.RunAnalysis;
import dev.boundbench.analysis.verdict.Workload;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The section "How far to trust it", after what the run shows: the warnings' count, disturbed
 * points, the A/A noise floor of each group, the stability and precision of the points, how many
 * ratios are paired, and how the intervals were made.
 */
final class TrustSection {

    private TrustSection() {
    }

    /** The section, a blank line before its heading. */
    static void append(StringBuilder sb, RunAnalysis analysis) {
        sb.append("\n## How far to trust it\n\n");
        int warnings = analysis.warnings().size();
        if (warnings > 0) {
            sb.append("**").append(warnings).append(warnings == 1 ? " warning" : " warnings")
                    .append("**: see [Warnings](#warnings).\n\n");
        }
        sb.append(Md.text(analysis.disturbance().line())).append(".\n");
        String remeasured = analysis.environment().entries().get(Environment.REMEASURED);
        if (remeasured != null) {
            sb.append("\n**Re-measured**: ").append(Md.text(remeasured))
                    .append(". The other points are the earlier run's own (its `started` and `cpuSpeed` below).\n");
        }
        ControlSection.append(sb, analysis);
        sb.append('\n').append(Md.text(analysis.stability().line())).append("\n\n")
                .append(Md.text(analysis.precision().line())).append(".\n");
        String pairing = ControlSection.pairing(ratios(analysis));
        if (!pairing.isEmpty()) {
            sb.append('\n').append(pairing).append('\n');
        }
        String oneFork = oneFork(analysis);
        if (!oneFork.isEmpty()) {
            sb.append('\n').append(oneFork).append('\n');
        }
        sb.append('\n').append(intervals(analysis)).append('\n');
    }

    /** Two sentences on how the ratios' intervals were made, with the count of fallbacks. */
    static String intervals(RunAnalysis analysis) {
        List<Estimate> ratios = ratios(analysis);
        long fallbacks = ratios.stream().filter(e -> e.method() == Estimate.Method.JMH_ERROR).count();
        return "Intervals of ratios are " + Num.percent(HierarchicalBootstrap.LEVEL) + " confidence intervals: paired"
                + " ones by Student t over the log ratios of their rounds, in blocks of a fork's iterations (or forks),"
                + " unpaired ones by a hierarchical bootstrap of JMH's rawData ("
                + String.format(Locale.ROOT, "%,d", HierarchicalBootstrap.RESAMPLES) + " resamples, fixed seed); "
                + fallbacks + " of " + ratios.size() + " fell back to JMH's 99.9 % score errors, which the scores keep."
                + " A winner is clear only when its margin's interval lies above 1.";
    }

    /**
     * What one fork's paired intervals leave out, when some paired points come from one fork: what
     * differs from one JVM to the next (its compiled code, a process pool's workers compiling on their
     * own), which only the spread of several forks shows.
     */
    static String oneFork(RunAnalysis analysis) {
        List<PointStats> paired = analysis.curves().stream().flatMap(c -> c.points().stream())
                .filter(p -> p.speedup().paired() || p.vsSequential().paired()).toList();
        long oneFork = paired.stream().filter(p -> p.result().primary().raw().forkCount() == 1).count();
        if (oneFork == 0) {
            return "";
        }
        return oneFork + " of " + paired.size() + " paired points come from one fork: their intervals hold the noise"
                + " of its rounds, not what differs from one JVM to the next (its compiled code; a process pool's workers"
                + " compile on their own), so a margin close to its interval's edge may not repeat in the next run."
                + " Intervals over several forks (`--profile standard`) contain it.";
    }

    /** Every ratio the report shows: speedups and vs sequential of each point, margins of each ranking. */
    static List<Estimate> ratios(RunAnalysis analysis) {
        List<Estimate> ratios = new ArrayList<>();
        for (CurveStats c : analysis.curves()) {
            for (PointStats p : c.points()) {
                ratios.add(p.speedup());
                ratios.add(p.vsSequential());
            }
        }
        for (Workload w : analysis.workloads()) {
            w.byScale().forEach(r -> ratios.add(r.margin()));
            ratios.add(w.best().margin());
        }
        ratios.removeIf(e -> !e.known() || e.method() == Estimate.Method.NONE);
        return ratios;
    }
}
