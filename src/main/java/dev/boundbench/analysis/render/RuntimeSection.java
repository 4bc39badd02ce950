package dev.boundbench.analysis.render;

import dev.boundbench.analysis.verdict.RunAnalysis;
import dev.boundbench.analysis.verdict.RuntimeRatio;
import dev.boundbench.analysis.verdict.Runtimes;
import dev.boundbench.analysis.verdict.Workload;
import java.util.List;
import java.util.Optional;

/**
 * The report's parts on CPython beside the JVM, written only when a run holds engines of both: the
 * rules of thumb of each runtime on its own, and how many times faster the JVM runs the same batch.
 */
final class RuntimeSection {

    /** The key of the interpreter in {@code environment.json}. */
    private static final String PYTHON_ENTRY = "python";

    private RuntimeSection() {
    }

    /** "By runtime": each runtime's rules of thumb among its own engines, and the JVM over CPython at each's best. */
    static void verdicts(StringBuilder sb, RunAnalysis analysis) {
        if (!Runtimes.mixed(analysis)) {
            return;
        }
        String python = analysis.environment().entries().getOrDefault(PYTHON_ENTRY, "interpreter not recorded");
        sb.append("\n### By runtime\n\nThe same rules among each runtime's own engines (CPython engines are drawn"
                + " dashed in the charts; their \"vs sequential\" is against the JVM's sequential engine).\n");
        sb.append("\n**On the JVM**:\n\n");
        Findings.rulesOfThumb(analysis, Runtimes.only(analysis.workloads(), false), true)
                .forEach(b -> sb.append("- ").append(b).append('\n'));
        sb.append("\n**On CPython** (").append(Md.text(python)).append("):\n\n");
        Findings.rulesOfThumb(analysis, Runtimes.only(analysis.workloads(), true), true)
                .forEach(b -> sb.append("- ").append(b).append('\n'));
        sb.append("\n**The JVM over CPython**, each at its best, for the same batch: ");
        List<String> ratios = analysis.workloads().stream().map(w -> Runtimes.atBest(w).map(r -> Md.text(w.title())
                + ": " + Num.times(r.jvmOverCpython()) + " (" + contender(r, false, analysis) + " over "
                + contender(r, true, analysis) + ")")).flatMap(Optional::stream).toList();
        sb.append(ratios.isEmpty() ? "no workload ran on both." : String.join("; ", ratios) + ".").append('\n');
    }

    /** The workload's JVM-over-CPython table at each scale value, when it ran on both runtimes. */
    static void ratios(StringBuilder sb, Workload w, String scale) {
        List<RuntimeRatio> ratios = Runtimes.ratios(w);
        if (ratios.isEmpty()) {
            return;
        }
        sb.append("\nThe JVM over CPython at the same ").append(scale).append(": how many times faster a JVM engine"
                + " runs the same batch (against the CPython engine's counterpart — threads: platform-pool,"
                + " processes: process-pool, asyncio: virtual — else the fastest JVM engine there):\n\n");
        MarkdownTable table = new MarkdownTable(Column.right(scale), Column.left("CPython engine"),
                Column.right("score (" + w.key().unit() + ")"), Column.left("JVM engine"),
                Column.right("score (" + w.key().unit() + ")"), Column.right("JVM faster by [95% CI]"));
        for (RuntimeRatio r : ratios) {
            table.row(Num.scale(r.n()), r.cpython().engine(), Num.sig(r.cpython().point().score().value(), 4),
                    r.jvm().engine(), Num.sig(r.jvm().point().score().value(), 4), Num.times(r.jvmOverCpython()));
        }
        sb.append(table.render());
    }

    private static String contender(RuntimeRatio r, boolean cpython, RunAnalysis analysis) {
        var c = cpython ? r.cpython() : r.jvm();
        return Md.text(c.engine()) + " at " + Num.at(analysis.scale().label(), c.point().n());
    }
}
