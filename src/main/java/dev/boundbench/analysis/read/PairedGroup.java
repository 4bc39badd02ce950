package dev.boundbench.analysis.read;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * One entry of the group benchmark: configurations measured side by side in rounds in one JVM.
 * The reader turns each configuration but the twins into a {@link BenchmarkResult} of its own; this
 * keeps what only the group has: the A/A twins and the order metric.
 *
 * @param source the file name it was read from, for messages
 * @param pairing the pairing tag its configurations' raw samples carry ({@link RawSamples#pairing()})
 * @param params the group's parameters but {@code configs} and {@code seed}, in file order
 * @param configs the configuration ids as users type them ({@code platform-pool@2}, the twin
 *     {@code platform-pool@2#2}), in file order
 * @param batches each configuration's batch time (ms per batch, per fork and iteration), by id
 * @param order {@code ·order:first/later}, a ratio per fork and iteration; empty when the file has none
 * @param machine the label of the {@link Machine} it ran on, or "" when the inputs hold one machine
 */
public record PairedGroup(String source, String pairing, Map<String, String> params, List<String> configs,
        Map<String, Metric> batches, Optional<Metric> order, String machine) {

    /** The benchmark that measures groups. */
    public static final String BENCHMARK = "dev.boundbench.bench.GroupBenchmark.round";

    /** The prefix of each configuration's secondary metric, followed by its id. */
    public static final String BATCH = "\u00b7batch:";

    /** The secondary metric of the order effect. */
    public static final String ORDER = "\u00b7order:first/later";

    /** The suffix of a configuration's A/A twin. */
    public static final String TWIN = "#2";

    /**
     * A configuration and its A/A twin: the same engine and threads, set up as a second instance.
     *
     * @param config the configuration's id, e.g. {@code platform-pool@2}
     * @param twin the twin's id, e.g. {@code platform-pool@2#2}
     */
    public record Twin(String config, String twin) {
    }

    /** Checks the values and freezes the collections. */
    public PairedGroup {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(pairing, "pairing");
        Objects.requireNonNull(order, "order");
        machine = Objects.requireNonNullElse(machine, "");
        params = Collections.unmodifiableMap(new LinkedHashMap<>(params));
        configs = List.copyOf(configs);
        batches = Collections.unmodifiableMap(new LinkedHashMap<>(batches));
        for (String c : configs) {
            if (!batches.containsKey(c)) {
                throw new IllegalArgumentException("No batch times for configuration " + c);
            }
        }
    }

    /** Whether a configuration id names a twin. */
    public static boolean isTwin(String config) {
        return config.endsWith(TWIN);
    }

    /** This group, measured on the machine labelled {@code label}. */
    public PairedGroup onMachine(String label) {
        return new PairedGroup(source, pairing, params, configs, batches, order, label);
    }

    /** Every configuration with a twin in the group, in file order. */
    public List<Twin> twins() {
        List<Twin> twins = new ArrayList<>();
        for (String c : configs) {
            if (isTwin(c) && configs.contains(c.substring(0, c.length() - TWIN.length()))) {
                twins.add(new Twin(c.substring(0, c.length() - TWIN.length()), c));
            }
        }
        return twins;
    }

    /**
     * The heading the report gives the group's workload: the workload and the other parameters, and
     * the machine, e.g. {@code fib (tasks=8, size=30)} or {@code fib (tasks=8, size=30) on 1 core}.
     */
    public String heading() {
        String name = params.getOrDefault("workload", "GroupBenchmark.round");
        String rest = params.entrySet().stream().filter(e -> !e.getKey().equals("workload"))
                .map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(", "));
        return (rest.isEmpty() ? name : name + " (" + rest + ")") + (machine.isEmpty() ? "" : " on " + machine);
    }
}
