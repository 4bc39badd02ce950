package dev.boundbench.analysis.render;

import dev.boundbench.analysis.read.Environment;
import dev.boundbench.analysis.stats.HierarchicalBootstrap;
import dev.boundbench.analysis.verdict.GranularitySweep;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The report's granularity sections ({@code --sweep size}): how the method works, then per
 * workload the chart of speedup against task time, the speedup at every rung, and per engine the
 * break-even task time, the task time of 90 % of ideal and the cost per task at one thread.
 */
final class GranularitySection {

    private GranularitySection() {
    }

    /** The chart file of each sweep, relative to the report, e.g. {@code charts/granularity-fib.svg}. */
    static List<String> chartFiles(List<GranularitySweep> sweeps) {
        Set<String> used = new HashSet<>();
        List<String> files = new ArrayList<>();
        for (GranularitySweep sweep : sweeps) {
            String slug = "granularity-" + Md.slug(sweep.title());
            String name = slug;
            for (int i = 2; !used.add(name); i++) {
                name = slug + "-" + i;
            }
            files.add(MarkdownReport.CHART_FOLDER + "/" + name + ".svg");
        }
        return files;
    }

    /** Appends the sections; nothing when there is no sweep. {@code charts} holds each sweep's chart, or null. */
    static void append(StringBuilder sb, List<GranularitySweep> sweeps, List<String> charts, Environment environment) {
        if (sweeps.isEmpty()) {
            return;
        }
        sb.append("""

                ## Granularity: the smallest task worth running concurrently

                A size sweep (`--sweep size`) runs each workload at a ladder of task sizes, each batch holding \
                about the same work. An engine's **speedup** is the `sequential` engine's time over its own for \
                the same batch, with its %s interval (paired or unpaired, as above). The **break-even** task \
                time is where the speedup reaches 1; **90 %% of ideal** where it reaches 0.9 × threads. Each is \
                found after the last rung below the level, interpolated linearly in speedup against log task time \
                between that rung and the next; its interval is the same crossing of the speedups' upper bounds \
                (the low end) and lower bounds (the high end). `<` and `>` mark an end beyond the smallest or \
                largest task measured. The speedups' intervals are pointwise, so these are as sure as the \
                speedups at the neighbouring rungs, and they leave out the error of interpolating between rungs. \
                The **cost per task** is (the engine's time at one thread − the sequential engine's) / tasks, at \
                the smallest task, where it weighs most; its interval follows from that of the two engines' speed \
                ratio.
                """.formatted(Num.percent(HierarchicalBootstrap.LEVEL)));
        Marks marks = new Marks(environment);
        for (int i = 0; i < sweeps.size(); i++) {
            sweep(sb, sweeps.get(i), i < charts.size() ? charts.get(i) : null, marks);
        }
    }

    private static void sweep(StringBuilder sb, GranularitySweep sweep, String chart, Marks marks) {
        boolean severalThreadCounts = sweep.curves().stream().mapToInt(GranularitySweep.EngineCurve::threads)
                .distinct().count() > 1;
        introduce(sb, sweep, chart, severalThreadCounts);
        appendSpeedups(sb, sweep, marks, severalThreadCounts);
        appendThresholds(sb, sweep);
    }

    /** The sweep's heading, its sizes and task times, and its chart. */
    private static void introduce(StringBuilder sb, GranularitySweep sweep, String chart, boolean severalThreadCounts) {
        List<GranularitySweep.Rung> rungs = sweep.rungs();
        GranularitySweep.Rung first = rungs.get(0);
        GranularitySweep.Rung last = rungs.get(rungs.size() - 1);
        sb.append("\n### ").append(Md.text(sweep.title())).append("\n\n");
        sb.append("`").append(sweep.workload().replace("`", "'")).append("` at ").append(rungs.size())
                .append(" sizes: one task takes ").append(Durations.of(first.taskSeconds())).append(" … ")
                .append(Durations.of(last.taskSeconds())).append(" on the `sequential` engine (its score over the ")
                .append("batch's tasks), in batches of ").append(first.tasks()).append(" … ").append(last.tasks())
                .append(" tasks.");
        if (!severalThreadCounts && !sweep.curves().isEmpty()) {
            sb.append(" Speedups at ").append(Num.at("threads", sweep.curves().get(0).threads())).append('.');
        }
        sb.append("\n\n");
        if (chart != null) {
            sb.append("![").append(Md.text(sweep.workload())).append(": speedup against task time](").append(chart)
                    .append(")\n\n");
        }
    }

    /** One row per rung: its size, tasks and task time, and each engine's speedup over {@code sequential}. */
    private static void appendSpeedups(StringBuilder sb, GranularitySweep sweep, Marks marks,
            boolean severalThreadCounts) {
        List<Column> headers = new ArrayList<>(List.of(Column.right("size"), Column.right("tasks"),
                Column.right("task time")));
        sweep.curves().forEach(c -> headers.add(Column.right(severalThreadCounts ? c.engine() + " at " + c.threads()
                : c.engine())));
        MarkdownTable speedups = new MarkdownTable(headers);
        boolean marked = false;
        for (GranularitySweep.Rung rung : sweep.rungs()) {
            List<String> cells = new ArrayList<>(List.of(Num.scale(rung.size()), Integer.toString(rung.tasks()),
                    Durations.of(rung.taskSeconds())));
            for (GranularitySweep.EngineCurve curve : sweep.curves()) {
                GranularitySweep.Point point = curve.points().stream().filter(p -> p.rung() == rung).findFirst()
                        .orElse(null);
                if (point == null) {
                    cells.add("");
                    continue;
                }
                boolean disturbed = marks.disturbed(point.result()) || marks.disturbed(rung.sequential());
                cells.add(Num.times(point.speedup()) + (disturbed ? " " + Marks.DISTURBED : ""));
                marked |= disturbed;
            }
            speedups.row(cells.toArray(String[]::new));
        }
        sb.append(speedups.render());
        if (marked) {
            sb.append('\n').append(Marks.LEGEND).append('\n');
        }
    }

    /** Per engine: the break-even task time, the task time of 90 % of ideal and the cost per task. */
    private static void appendThresholds(StringBuilder sb, GranularitySweep sweep) {
        String level = Num.percent(HierarchicalBootstrap.LEVEL);
        MarkdownTable thresholds = new MarkdownTable(Column.left("engine"), Column.right("threads"),
                Column.right("break-even task time [" + level + " CI]"),
                Column.right("90 % of ideal (0.9 × threads) [" + level + " CI]"),
                Column.right("cost per task at 1 thread [" + level + " CI]"), Column.right("measured at"));
        Set<String> shown = new HashSet<>();
        for (GranularitySweep.EngineCurve curve : sweep.curves()) {
            GranularitySweep.Overhead overhead = sweep.overheads().get(curve.engine());
            thresholds.row(curve.engine(), Integer.toString(curve.threads()), Durations.threshold(curve.breakEven()),
                    Durations.threshold(curve.nearIdeal()),
                    overhead == null ? Num.NA : Durations.withInterval(overhead.perTaskSeconds()),
                    overhead == null ? "" : Durations.of(overhead.rung().taskSeconds()));
            shown.add(curve.engine());
        }
        sweep.overheads().forEach((engine, overhead) -> {
            if (!shown.contains(engine)) {
                thresholds.row(engine, "1", "n/a: measured at one thread only", "", Durations.withInterval(
                        overhead.perTaskSeconds()), Durations.of(overhead.rung().taskSeconds()));
            }
        });
        sb.append('\n').append(thresholds.render());
    }
}
