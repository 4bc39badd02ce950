package dev.boundbench.analysis.verdict;

import dev.boundbench.analysis.stats.CurveKey;
import dev.boundbench.analysis.stats.CurveStats;
import java.util.List;
import java.util.Objects;

/**
 * One engine on one workload, measured on several machines: the curves a cross-machine chart sets
 * side by side, to show how the engine scales on each.
 *
 * @param key what the curves share: their key without the machine and the tasks per batch
 *     ({@link CurveKey#acrossMachines()})
 * @param workload the workload's title without the machine and the tasks, e.g. {@code fib (size=24)}
 * @param engine the engine as users type it, or the workload's name for a benchmark without one
 * @param kind the kind of work ({@code CPU}, {@code IO}) or {@code kind unknown}
 * @param curves one curve per machine (and per tasks per batch, if a machine ran several), in the
 *     order they were read
 */
public record EngineAcrossMachines(CurveKey key, String workload, String engine, String kind,
        List<CurveStats> curves) {

    /** Checks that nothing is missing and that there are machines to set side by side. */
    public EngineAcrossMachines {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(workload, "workload");
        Objects.requireNonNull(engine, "engine");
        Objects.requireNonNull(kind, "kind");
        curves = List.copyOf(curves);
        if (curves.size() < 2) {
            throw new IllegalArgumentException("An engine across machines needs curves of two machines or more, got "
                    + curves.size());
        }
    }

    /** {@code fib (size=24), platform-pool}. */
    public String title() {
        return workload + ", " + engine;
    }

    /** Whether a chart has anything to show: a curve with more than one point (not only {@code sequential}'s one). */
    public boolean scales() {
        return curves.stream().anyMatch(c -> c.points().size() > 1);
    }

    /** How a chart or table names a curve: its machine, with its tasks per batch where the curves' differ. */
    public String curveLabel(CurveStats curve) {
        String tasks = curve.curve().key().params().get(CurveKey.TASKS);
        boolean tasksDiffer = curves.stream().map(c -> String.valueOf(c.curve().key().params().get(CurveKey.TASKS)))
                .distinct().count() > 1;
        return curve.curve().key().machine() + (tasksDiffer && tasks != null ? " (tasks=" + tasks + ")" : "");
    }
}
