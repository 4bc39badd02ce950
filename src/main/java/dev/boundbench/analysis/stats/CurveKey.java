package dev.boundbench.analysis.stats;

import dev.boundbench.analysis.read.Mode;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * What the points of one curve share: the benchmark, mode, unit, JMH thread count (0 when the
 * curve runs along it) and every parameter but the scaling one.
 *
 * @param benchmark the full benchmark name
 * @param mode the JMH mode
 * @param unit the primary metric's unit
 * @param jmhThreads JMH's thread count, or 0 when the curve scales on it
 * @param params every parameter but the scaling one, in file order
 */
public record CurveKey(String benchmark, Mode mode, String unit, int jmhThreads, Map<String, String> params) {

    /** The parameter that names the engine. */
    public static final String ENGINE = "engine";

    /** The parameter that names the workload. */
    public static final String WORKLOAD = "workload";

    /** Checks the values and freezes the map. */
    public CurveKey {
        Objects.requireNonNull(benchmark, "benchmark");
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(unit, "unit");
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
        return new CurveKey(benchmark, mode, unit, jmhThreads, rest);
    }

    /** {@code name=value} pairs of the parameters, comma separated, e.g. {@code workload=fib, engine=VIRTUAL}. */
    public String paramsLabel() {
        String p = params.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining(", "));
        if (jmhThreads > 1) {
            p = p.isEmpty() ? "jmh threads=" + jmhThreads : p + ", jmh threads=" + jmhThreads;
        }
        return p;
    }

    /** The short benchmark name and the parameters, for messages. */
    public String label() {
        int method = benchmark.lastIndexOf('.');
        int type = method > 0 ? benchmark.lastIndexOf('.', method - 1) : -1;
        String p = paramsLabel();
        return benchmark.substring(type + 1) + " [" + mode.label() + "]" + (p.isEmpty() ? "" : " (" + p + ")");
    }
}
