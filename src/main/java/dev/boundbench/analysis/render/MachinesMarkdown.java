package dev.boundbench.analysis.render;

import dev.boundbench.analysis.read.BenchmarkResult;
import dev.boundbench.analysis.read.Direction;
import dev.boundbench.analysis.read.Machine;
import dev.boundbench.analysis.stats.CurveStats;
import dev.boundbench.analysis.stats.HierarchicalBootstrap;
import dev.boundbench.analysis.stats.PointStats;
import dev.boundbench.analysis.verdict.EngineAcrossMachines;
import dev.boundbench.analysis.verdict.RunAnalysis;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The parts of {@code report.md} that set machines side by side, for runs made on several machines
 * or JDKs: every machine's environment in a column of its own, and each engine's speedup on every
 * machine, in a table and a chart per engine.
 */
final class MachinesMarkdown {

    /** What a cell reads when a machine's environment lacks the entry. */
    static final String NOT_RECORDED = "—";

    private MachinesMarkdown() {
    }

    /** One line naming the machines and their runs, for the top of the report. */
    static String line(RunAnalysis analysis) {
        return "Measured on " + analysis.machines().size() + " machines, told apart by the cores, CPU, JDK and host "
                + "in each run's `environment.json`: " + analysis.machines().stream()
                        .map(m -> "**" + Md.text(m.label()) + "** (" + m.sources().stream().map(s -> "`"
                                + s.replace("`", "'") + "`").collect(Collectors.joining(", ")) + ")")
                        .collect(Collectors.joining("; "))
                + ". Each workload has a section per machine, and [Across machines](#across-machines) sets each "
                + "engine's curves on the machines side by side.";
    }

    /** The environment table: one column per machine, one row per entry any of them recorded. */
    static void environment(StringBuilder sb, RunAnalysis analysis) {
        List<Machine> machines = analysis.machines();
        List<Map<String, String>> columns = new ArrayList<>();
        Set<String> keys = new LinkedHashSet<>();
        for (Machine m : machines) {
            Map<String, String> rows = new LinkedHashMap<>();
            rows.put("runs", String.join(", ", m.sources()));
            List<BenchmarkResult> own = analysis.results().stream().filter(r -> r.machine().equals(m.label())).toList();
            rows.putAll(EnvironmentRows.of(m.environment(), own));
            columns.add(rows);
            keys.addAll(rows.keySet());
        }
        List<Column> headers = new ArrayList<>(List.of(Column.left("key")));
        machines.forEach(m -> headers.add(Column.left(Md.text(m.label()))));
        MarkdownTable table = new MarkdownTable(headers);
        for (String key : keys) {
            List<String> cells = new ArrayList<>(List.of(Md.text(key)));
            columns.forEach(c -> cells.add(c.containsKey(key) ? Md.text(c.get(key)) : NOT_RECORDED));
            table.row(cells.toArray(String[]::new));
        }
        sb.append(table.render());
    }

    /**
     * The section "Across machines": per workload, a table of each engine on each machine, then a
     * chart per engine; {@code charts} holds each engine's chart link, or null where none was drawn.
     */
    static void acrossMachines(StringBuilder sb, RunAnalysis analysis, List<String> charts) {
        String scale = analysis.scale().label();
        sb.append("\n## Across machines\n\nEach engine on every machine it ran on. Speedups are against the "
                + "engine's own time at ").append(scale).append(" = 1 on the same machine, so the curves show how "
                + "far each machine lets it scale: a machine with fewer cores flattens sooner, and that is the "
                + "machine, not the engine. Scores in one unit compare the machines directly.\n");
        if (analysis.acrossMachines().isEmpty()) {
            sb.append("\nNo engine ran the same workload on two machines: nothing to set side by side.\n");
            return;
        }
        Map<String, List<Integer>> byWorkload = new LinkedHashMap<>();
        for (int i = 0; i < analysis.acrossMachines().size(); i++) {
            EngineAcrossMachines e = analysis.acrossMachines().get(i);
            byWorkload.computeIfAbsent(e.workload() + " · " + e.kind(), k -> new ArrayList<>()).add(i);
        }
        String level = Num.percent(HierarchicalBootstrap.LEVEL);
        byWorkload.forEach((heading, indexes) -> {
            EngineAcrossMachines first = analysis.acrossMachines().get(indexes.get(0));
            sb.append("\n### ").append(Md.text(heading)).append("\n\n");
            MarkdownTable table = new MarkdownTable(Column.left("engine"), Column.left("machine"),
                    Column.left(scale + " measured"), Column.right("score at " + scale + " = 1 (" + first.key().unit() + ")"),
                    Column.right("best score"), Column.right("at " + scale), Column.right("peak speedup [" + level + " CI]"),
                    Column.right("at " + scale));
            for (int i : indexes) {
                EngineAcrossMachines e = analysis.acrossMachines().get(i);
                for (CurveStats c : e.curves()) {
                    row(table, e, c);
                }
            }
            sb.append(table.render()).append('\n');
            for (int i : indexes) {
                String chart = i < charts.size() ? charts.get(i) : null;
                if (chart != null) {
                    EngineAcrossMachines e = analysis.acrossMachines().get(i);
                    sb.append("![").append(Md.text(e.engine())).append(ChartWriter.plotsSpeedup(e.curves())
                            ? ": speedup against " : ": score against ").append(scale).append(" on each machine](")
                            .append(chart).append(")\n\n");
                }
            }
        });
    }

    private static void row(MarkdownTable table, EngineAcrossMachines e, CurveStats c) {
        PointStats one = c.points().stream().filter(p -> p.n() == 1).findFirst().orElse(null);
        PointStats best = c.points().stream().filter(p -> p.score().known()).max(Comparator.comparingDouble(
                p -> p.result().direction() == Direction.HIGHER_IS_BETTER ? p.score().value() : -p.score().value())).orElse(null);
        PointStats peak = c.points().stream().filter(p -> p.speedup().known())
                .max(Comparator.comparingDouble(p -> p.speedup().value())).orElse(null);
        table.row(Md.text(e.engine()), Md.text(e.curveLabel(c)),
                c.points().stream().map(p -> Num.scale(p.n())).collect(Collectors.joining(", ")),
                one == null ? Num.NA : Num.sig(one.score().value(), 4),
                best == null ? Num.NA : Num.sig(best.score().value(), 4), best == null ? "" : Num.scale(best.n()),
                peak == null ? Num.NA : Num.times(peak.speedup()), peak == null ? "" : Num.scale(peak.n()));
    }
}
