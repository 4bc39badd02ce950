package dev.boundbench.analysis.stats;

import dev.boundbench.analysis.read.BenchmarkResult;
import java.util.OptionalDouble;

/**
 * The variable a curve runs along: a numeric {@code @Param} (by default {@code threads}), or JMH's
 * own thread count ({@value #JMH_THREADS}). With the default, a benchmark without a {@code threads}
 * parameter scales on JMH's thread count.
 *
 * @param name the parameter name, or {@value #JMH_THREADS}
 */
public record Scale(String name) {

    /** The name that selects JMH's own thread count ({@code -t}). */
    public static final String JMH_THREADS = "jmh-threads";

    /** The default: the {@code threads} parameter. */
    public static final Scale DEFAULT = new Scale("threads");

    /** Checks the name. */
    public Scale {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("Scale parameter must not be blank");
        }
    }

    /** Whether a benchmark's scale value comes from its parameters (not from JMH's thread count). */
    public boolean usesParam(BenchmarkResult result) {
        return !name.equals(JMH_THREADS) && result.params().containsKey(name);
    }

    /** Whether {@code result} has a value on this scale at all. */
    public boolean applies(BenchmarkResult result) {
        return name.equals(JMH_THREADS) || result.params().containsKey(name) || this.equals(DEFAULT);
    }

    /** The value of {@code result} on this scale; empty when it is absent or not a number. */
    public OptionalDouble valueOf(BenchmarkResult result) {
        if (!usesParam(result)) {
            return applies(result) ? OptionalDouble.of(result.threads()) : OptionalDouble.empty();
        }
        try {
            double v = Double.parseDouble(result.params().get(name).trim());
            return Double.isFinite(v) ? OptionalDouble.of(v) : OptionalDouble.empty();
        } catch (NumberFormatException e) {
            return OptionalDouble.empty();
        }
    }

    /** How the scale is shown in tables: the parameter name, or {@code threads} for JMH's count. */
    public String label() {
        return name.equals(JMH_THREADS) ? "threads" : name;
    }
}
