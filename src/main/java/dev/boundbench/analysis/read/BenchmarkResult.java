package dev.boundbench.analysis.read;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One entry of a JMH result file: a benchmark method at one set of parameters.
 *
 * @param source the file name it was read from, for messages
 * @param benchmark the full benchmark name, e.g. {@code dev.boundbench.bench.ScalingBenchmark.batch}
 * @param mode the JMH mode
 * @param threads JMH's own thread count (the top-level {@code "threads"}), at least 1
 * @param forks the number of forks, at least 0
 * @param params the {@code @Param} values as strings, in the order JMH wrote them
 * @param primary the primary metric
 * @param secondary the secondary metrics by name, in file order
 * @param jdkVersion the JDK version JMH recorded, or "" when absent (JMH before 1.22)
 * @param vmName the VM name JMH recorded, or ""
 * @param jmhVersion the JMH version, or ""
 * @param machine the label of the {@link Machine} it ran on, or "" when the inputs hold one machine
 */
public record BenchmarkResult(String source, String benchmark, Mode mode, int threads, int forks,
        Map<String, String> params, Metric primary, Map<String, Metric> secondary, String jdkVersion,
        String vmName, String jmhVersion, String machine) {

    /** Checks the values and freezes the maps (their order is kept). */
    public BenchmarkResult {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(primary, "primary");
        if (benchmark == null || benchmark.isBlank()) {
            throw new IllegalArgumentException("Benchmark name must not be blank");
        }
        if (threads < 1) {
            throw new IllegalArgumentException("Threads must be at least 1, got " + threads);
        }
        if (forks < 0) {
            throw new IllegalArgumentException("Forks must not be negative, got " + forks);
        }
        params = Collections.unmodifiableMap(new LinkedHashMap<>(params));
        secondary = Collections.unmodifiableMap(new LinkedHashMap<>(secondary));
        jdkVersion = Objects.requireNonNullElse(jdkVersion, "");
        vmName = Objects.requireNonNullElse(vmName, "");
        jmhVersion = Objects.requireNonNullElse(jmhVersion, "");
        machine = Objects.requireNonNullElse(machine, "");
    }

    /** A result not yet placed on a machine. */
    public BenchmarkResult(String source, String benchmark, Mode mode, int threads, int forks,
            Map<String, String> params, Metric primary, Map<String, Metric> secondary, String jdkVersion,
            String vmName, String jmhVersion) {
        this(source, benchmark, mode, threads, forks, params, primary, secondary, jdkVersion, vmName, jmhVersion, "");
    }

    /** This result, measured on the machine labelled {@code label}. */
    public BenchmarkResult onMachine(String label) {
        return new BenchmarkResult(source, benchmark, mode, threads, forks, params, primary, secondary, jdkVersion,
                vmName, jmhVersion, label);
    }

    /** Whether a bigger score is better, from the primary metric's unit. */
    public Direction direction() {
        return Direction.of(primary.unit(), mode);
    }

    /** The benchmark name without its package: {@code ScalingBenchmark.batch}. */
    public String shortName() {
        int method = benchmark.lastIndexOf('.');
        int type = method > 0 ? benchmark.lastIndexOf('.', method - 1) : -1;
        return benchmark.substring(type + 1);
    }

    /**
     * The file, short name, mode, parameters (the engine as users type it) and machine, for
     * messages: {@code results.json: ScalingBenchmark.batch [avgt] (engine=virtual, threads=8) on 1 core}.
     */
    public String label() {
        String p = EngineName.paramsText(params);
        return source + ": " + shortName() + " [" + mode.label() + "]" + (p.isEmpty() ? "" : " (" + p + ")")
                + (threads > 1 ? " on " + threads + " JMH threads" : "") + (machine.isEmpty() ? "" : " on " + machine);
    }
}
