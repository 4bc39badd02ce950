package dev.boundbench.analysis.render;

import dev.boundbench.analysis.read.BenchmarkResult;
import dev.boundbench.analysis.read.Environment;
import dev.boundbench.analysis.read.Direction;
import dev.boundbench.analysis.stats.CurveStats;
import dev.boundbench.analysis.stats.Estimate;
import dev.boundbench.analysis.stats.HierarchicalBootstrap;
import dev.boundbench.analysis.stats.PointStats;
import dev.boundbench.analysis.verdict.Crossover;
import dev.boundbench.analysis.verdict.GranularitySweep;
import dev.boundbench.analysis.verdict.Ranking;
import dev.boundbench.analysis.verdict.RunAnalysis;
import dev.boundbench.analysis.verdict.ShareSweep;
import dev.boundbench.analysis.verdict.Workload;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * {@code report.md}, the answer first: what the run shows (each workload's finding, the rules of
 * thumb), how far to trust it ({@link TrustSection}), the environment, one section per workload
 * (chart, table, fits, fastest engine per thread count, crossovers) and the warnings summed up.
 * Runs from several machines get a column per machine in the environment, a workload section per
 * machine, and the section "Across machines" ({@link MachinesMarkdown}). Tables are padded so the
 * file also reads in a terminal pager.
 */
public final class MarkdownReport {

    /** The folder, beside the report, that holds the charts. */
    public static final String CHART_FOLDER = "charts";

    private MarkdownReport() {
    }

    /**
     * The chart files, relative to the report, e.g. {@code charts/fib.svg}: each workload's in
     * workload order, then each engine's across machines in {@link RunAnalysis#acrossMachines()}
     * order, null for an engine with one point per machine (nothing to draw).
     */
    public static List<String> chartFiles(RunAnalysis analysis) {
        Set<String> used = new HashSet<>();
        List<String> titles = new ArrayList<>();
        analysis.workloads().forEach(w -> titles.add(w.title()));
        analysis.acrossMachines().forEach(e -> titles.add(e.scales() ? e.title() + " across machines" : null));
        List<String> files = new ArrayList<>();
        for (String title : titles) {
            if (title == null) {
                files.add(null);
                continue;
            }
            String slug = Md.slug(title);
            String name = slug;
            for (int i = 2; !used.add(name); i++) {
                name = slug + "-" + i;
            }
            files.add(CHART_FOLDER + "/" + name + ".svg");
        }
        return files;
    }

    /** The chart file of each granularity sweep ({@link RunAnalysis#granularity()}), relative to the report. */
    public static List<String> granularityChartFiles(List<GranularitySweep> sweeps) {
        return GranularitySection.chartFiles(sweeps);
    }

    /**
     * The report's text without the sweeps' charts; {@code charts} holds the links in {@link #chartFiles}
     * order, null where a chart was not drawn.
     */
    public static String markdown(RunAnalysis analysis, List<String> charts) {
        return markdown(analysis, charts, Collections.nCopies(analysis.shareSweeps().size(), null), List.of());
    }

    /** The chart file of each share sweep, relative to the report; in the order of {@code sweeps}. */
    public static List<String> shareChartFiles(List<ShareSweep> sweeps) {
        return ShareSweepSection.chartFiles(sweeps);
    }

    /** Writes the chart of a share sweep as an SVG to {@code file}. */
    public static void writeShareChart(ShareSweep sweep, Path file) throws IOException {
        ShareSweepChart.write(sweep, file);
    }

    /**
     * The report's text: a section per I/O share sweep before the workloads' own, the granularity sweeps
     * after them. {@code charts}, {@code sweepCharts} and {@code granularityCharts} hold each workload's,
     * share sweep's ({@link RunAnalysis#shareSweeps()}) and granularity sweep's chart link, or null where
     * none was drawn.
     */
    public static String markdown(RunAnalysis analysis, List<String> charts, List<String> sweepCharts,
            List<String> granularityCharts) {
        StringBuilder sb = new StringBuilder();
        head(sb, analysis);
        whatThisRunShows(sb, analysis);
        TrustSection.append(sb, analysis);
        environment(sb, analysis);
        int perWorkload = analysis.workloads().size();
        if (analysis.severalMachines()) {
            MachinesMarkdown.acrossMachines(sb, analysis, charts.size() > perWorkload
                    ? charts.subList(perWorkload, charts.size()) : List.of());
        }
        List<ShareSweep> sweeps = analysis.shareSweeps();
        for (int i = 0; i < sweeps.size(); i++) {
            ShareSweepSection.append(sb, analysis, sweeps.get(i), i < sweepCharts.size() ? sweepCharts.get(i) : null);
        }
        for (int i = 0; i < perWorkload; i++) {
            workload(sb, analysis, analysis.workloads().get(i), i < charts.size() ? charts.get(i) : null);
        }
        GranularitySection.append(sb, analysis.granularity(), granularityCharts, analysis.environment());
        LoadSection.append(sb, analysis);
        WarningsSection.append(sb, analysis.warnings());
        return sb.toString();
    }

    /** The title and one line of what was read (and, for several machines, which). */
    private static void head(StringBuilder sb, RunAnalysis analysis) {
        sb.append("# Benchmark report\n\n");
        sb.append("Read from ").append(analysis.sources().stream().map(s -> "`" + s.replace("`", "'") + "`")
                .collect(Collectors.joining(", "))).append(": ").append(analysis.results().size())
                .append(" benchmarks, ").append(analysis.curves().size()).append(" curves, ")
                .append(analysis.workloads().size()).append(" workloads")
                .append(analysis.loads().isEmpty() ? "" : ", " + analysis.loads().size() + " load tables")
                .append("; curves run along `").append(analysis.scale().label()).append("`.\n");
        if (analysis.severalMachines()) {
            sb.append('\n').append(MachinesMarkdown.line(analysis)).append('\n');
        }
    }

    /** Each workload's finding once, the rule of thumb of each kind of work, and each runtime's where there are two. */
    private static void whatThisRunShows(StringBuilder sb, RunAnalysis analysis) {
        sb.append("\n## What this run shows\n\n");
        Findings.whatThisRunShows(analysis).forEach(b -> sb.append("- ").append(b).append('\n'));
        LoadSection.findings(analysis).forEach(b -> sb.append("- ").append(b).append('\n'));
        sb.append("\n### Rules of thumb by kind of work\n\n");
        List<String> rules = Findings.rulesOfThumb(analysis);
        if (rules.isEmpty()) {
            sb.append("None: no workload was read.\n");
        }
        rules.forEach(b -> sb.append("- ").append(b).append('\n'));
        sb.append("\nThe kind of work comes from `workloadKinds` in `environment.json`; the fastest engine at each ")
                .append(analysis.scale().label()).append(" value and the crossovers are in each workload's section.\n");
        RuntimeSection.verdicts(sb, analysis);
    }

    private static void environment(StringBuilder sb, RunAnalysis analysis) {
        sb.append("\n## Environment\n\n");
        if (analysis.severalMachines()) {
            MachinesMarkdown.environment(sb, analysis);
            return;
        }
        Map<String, String> rows = EnvironmentRows.of(analysis.environment(), analysis.results());
        if (analysis.environment().entries().isEmpty()) {
            sb.append("No `environment.json` beside the results.\n\n");
        }
        if (rows.isEmpty()) {
            return;
        }
        MarkdownTable table = new MarkdownTable(Column.left("key"), Column.left("value"));
        rows.forEach((k, v) -> table.row(k, v));
        sb.append(table.render());
    }

    private static void workload(StringBuilder sb, RunAnalysis analysis, Workload w, String chart) {
        Marks marks = new Marks(analysis.environment());
        String scale = analysis.scale().label();
        String unit = w.key().unit();
        Direction direction = w.curves().get(0).points().get(0).result().direction();
        sb.append("\n## ").append(Md.text(w.title())).append(" · ").append(Md.text(w.kind())).append("\n\n");
        sb.append("Benchmark `").append(w.key().benchmark().replace("`", "'")).append("`, mode ")
                .append(w.key().mode().label()).append(", score in ").append(Md.text(unit)).append(" (")
                .append(direction == Direction.LOWER_IS_BETTER ? "lower" : "higher").append(" is better).\n\n");
        if (chart != null) {
            sb.append("![").append(Md.text(w.name())).append(ChartWriter.plotsSpeedup(w.curves()) ? ": speedup against "
                    : ": score against ").append(scale).append("](").append(chart).append(")\n\n");
        }
        MarkdownTable table = new MarkdownTable(Column.left("engine"), Column.right(scale),
                Column.right("score (" + unit + ")"), Column.right("± error"),
                Column.right("speedup [" + speedupLevel(w) + " CI]"), Column.right("efficiency"),
                Column.right("Karp–Flatt"), Column.right("vs sequential"), Column.right("cores busy"));
        boolean marked = false;
        for (CurveStats c : w.curves()) {
            for (PointStats p : c.points()) {
                table.row(w.engineOf(c), Num.scale(p.n()), marks.score(p),
                        Num.sig(p.result().primary().error(), 2), Num.times(p.speedup()),
                        p.efficiency().known() ? Num.percent(p.efficiency().value()) : Num.NA,
                        Num.sig(p.karpFlatt().value(), 2), Num.times(p.vsSequential()), marks.coresBusy(p));
                marked |= marks.disturbed(p);
            }
        }
        sb.append(table.render());
        if (marked) {
            sb.append('\n').append(Marks.LEGEND).append('\n');
        }
        FitsSection.append(sb, w);
        rankings(sb, w, scale, marks);
        RuntimeSection.ratios(sb, w, scale);
    }

    private static void rankings(StringBuilder sb, Workload w, String scale, Marks marks) {
        sb.append("\nFastest engine at each ").append(scale).append(" value:\n\n");
        MarkdownTable table = new MarkdownTable(Column.right(scale), Column.left("fastest"),
                Column.right("score (" + w.key().unit() + ")"), Column.left("runner-up"), Column.right("margin"),
                Column.left("verdict"));
        for (Ranking r : w.byScale()) {
            String verdict = r.runnerUp() == null ? "only engine measured"
                    : r.clear() ? "clear" : "no clear winner (" + String.join(" ≈ ", r.tied()) + ")";
            if (marks.disturbed(r)) {
                verdict += "; rests on a disturbed point " + Marks.DISTURBED + ", not to be trusted";
            }
            table.row(Num.scale(r.n()), r.winner().engine(), marks.score(r.winner().point()),
                    r.runnerUp() == null ? "" : r.runnerUp().engine(), Num.times(r.margin()), verdict);
        }
        sb.append(table.render());
        sb.append("\nCrossovers: ");
        if (w.crossovers().isEmpty()) {
            List<String> clearWinners = w.byScale().stream().filter(Ranking::clear).map(r -> r.winner().engine())
                    .distinct().toList();
            sb.append(clearWinners.isEmpty() ? "none; no engine wins clearly at any " + scale + " value."
                    : "none; " + Md.text(clearWinners.get(0)) + " leads wherever a winner is clear.");
        } else {
            sb.append(w.crossovers().stream().map(MarkdownReport::crossover).collect(Collectors.joining("; ")))
                    .append('.');
        }
        sb.append("\nBest of each engine: ").append(Findings.verdict(w.best(), scale, marks)).append(".\n");
    }

    /** The level and pairing of the workload's speedup intervals: paired, unpaired, JMH's, or several. */
    private static String speedupLevel(Workload w) {
        Set<Estimate.Method> methods = w.curves().stream().flatMap(c -> c.points().stream())
                .map(p -> p.speedup().method()).filter(m -> m != Estimate.Method.NONE).collect(Collectors.toSet());
        String level = Num.percent(HierarchicalBootstrap.LEVEL);
        List<String> labels = new ArrayList<>();
        if (methods.contains(Estimate.Method.PAIRED)) {
            labels.add(level + " paired");
        }
        if (methods.contains(Estimate.Method.BOOTSTRAP)) {
            labels.add(level + " unpaired");
        }
        if (methods.contains(Estimate.Method.JMH_ERROR) || labels.isEmpty()) {
            labels.add("99.9%");
        }
        return String.join(" / ", labels);
    }

    private static String crossover(Crossover c) {
        return Md.text(c.from()) + " leads up to " + Num.scale(c.before()) + ", " + Md.text(c.to()) + " from "
                + Num.scale(c.after());
    }
}
