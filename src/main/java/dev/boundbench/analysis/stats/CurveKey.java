package dev.boundbench.analysis.stats;

import dev.boundbench.analysis.read.EngineName;
import dev.boundbench.analysis.read.Mode;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * What the points of one curve share: the benchmark, mode, unit, JMH thread count (0 when the
 * curve runs along it), every parameter but the scaling one, and the machine.
 *
 * @param benchmark the full benchmark name
 * @param mode the JMH mode
 * @param unit the primary metric's unit
 * @param jmhThreads JMH's thread count, or 0 when the curve scales on it
 * @param params every parameter but the scaling one, in file order; the engine as users type it
 * @param machine the machine's label, or "" when the inputs hold one machine
 */
public record CurveKey(String benchmark, Mode mode, String unit, int jmhThreads, Map<String, String> params,
        String machine) {

    /** The parameter that names the engine. */
    public static final String ENGINE = EngineName.PARAM;

    /** The parameter that names the workload. */
    public static final String WORKLOAD = "workload";

    /**
     * The parameter that holds the tasks per batch. The launcher's default follows the cores (4 ×
     * cores for CPU work), so it differs between machines by design.
     */
    public static final String TASKS = "tasks";

    /** Checks the values and freezes the map. */
    public CurveKey {
        Objects.requireNonNull(benchmark, "benchmark");
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(machine, "machine");
        params = Collections.unmodifiableMap(new LinkedHashMap<>(params));
    }

    /** The engine parameter, or "" when the benchmark has none. */
    public String engine() {
        return params.getOrDefault(ENGINE, "");
    }

    /** Whether this curve's engine is the sequential baseline. */
    public boolean sequential() {
        return engine().equalsIgnoreCase("sequential");
    }

    /** This key without the engine: what the engines of one workload share. */
    public CurveKey withoutEngine() {
        Map<String, String> rest = new LinkedHashMap<>(params);
        rest.remove(ENGINE);
        return new CurveKey(benchmark, mode, unit, jmhThreads, rest, machine);
    }

    /** This key without the machine: what one workload's curves on several machines share. */
    public CurveKey withoutMachine() {
        return new CurveKey(benchmark, mode, unit, jmhThreads, params, "");
    }

    /**
     * This key without the machine and the tasks per batch: what one engine's curves on several
     * machines share, when each machine ran its own default batch.
     */
    public CurveKey acrossMachines() {
        Map<String, String> rest = new LinkedHashMap<>(params);
        rest.remove(TASKS);
        return new CurveKey(benchmark, mode, unit, jmhThreads, rest, "");
    }

    /** {@code name=value} pairs of the parameters, comma separated, e.g. {@code workload=fib, engine=virtual}. */
    public String paramsLabel() {
        String p = params.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining(", "));
        if (jmhThreads > 1) {
            p = p.isEmpty() ? "jmh threads=" + jmhThreads : p + ", jmh threads=" + jmhThreads;
        }
        return p;
    }

    /** The short benchmark name, the parameters and the machine, for messages. */
    public String label() {
        int method = benchmark.lastIndexOf('.');
        int type = method > 0 ? benchmark.lastIndexOf('.', method - 1) : -1;
        String p = paramsLabel();
        return benchmark.substring(type + 1) + " [" + mode.label() + "]" + (p.isEmpty() ? "" : " (" + p + ")")
                + (machine.isEmpty() ? "" : " on " + machine);
    }
}
