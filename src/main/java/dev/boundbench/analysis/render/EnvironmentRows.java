package dev.boundbench.analysis.render;

import dev.boundbench.analysis.read.BenchmarkResult;
import dev.boundbench.analysis.read.CoreSpeed;
import dev.boundbench.analysis.read.Environment;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The rows of one machine's environment table: what {@code environment.json} recorded (the core's
 * speed as a sentence), what JMH recorded where the suite did not, and the kinds of work.
 */
final class EnvironmentRows {

    /** The suite's own entry for the JMH version; JMH's record of it is then left out. */
    private static final String JMH_ENTRY = "jmh";

    private EnvironmentRows() {
    }

    /** The rows, key to value, in the environment's order, then JMH's, then the kinds. */
    static Map<String, String> of(Environment environment, List<BenchmarkResult> results) {
        Map<String, String> rows = new LinkedHashMap<>(environment.entries());
        CoreSpeed.of(environment).ifPresent(s -> rows.put(CoreSpeed.ENTRY, s.describe()));
        if (!rows.containsKey(JMH_ENTRY)) {
            addRecorded(rows, "JMH version", results, BenchmarkResult::jmhVersion);
        }
        addRecorded(rows, "JVM (recorded by JMH)", results, r -> (r.vmName() + " " + r.jdkVersion()).trim());
        if (!environment.workloadKinds().isEmpty()) {
            rows.put("workload kinds", environment.workloadKinds().entrySet().stream()
                    .map(e -> e.getKey() + ": " + e.getValue()).collect(Collectors.joining(", ")));
        }
        return rows;
    }

    /** Adds {@code key}: every distinct non-empty value of {@code results}, unless {@code rows} has it already. */
    private static void addRecorded(Map<String, String> rows, String key, List<BenchmarkResult> results,
            Function<BenchmarkResult, String> value) {
        Set<String> values = new LinkedHashSet<>();
        results.forEach(r -> values.add(value.apply(r)));
        values.remove("");
        if (!values.isEmpty() && !rows.containsKey(key)) {
            rows.put(key, String.join("; ", values));
        }
    }
}
