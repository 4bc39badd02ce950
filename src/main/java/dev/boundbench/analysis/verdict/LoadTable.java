package dev.boundbench.analysis.verdict;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A server (or anything measured under a load of hogs) at one set of parameters, across the loads:
 * the rows of its latency table.
 *
 * @param benchmarkClass the benchmark class, e.g. {@code dev.boundbench.bench.ServerStarvationBenchmark}
 * @param params every parameter but {@value LoadTables#HOGS}, e.g. {@code model=EVENT_LOOP}
 * @param methods the benchmark methods measured, in file order
 * @param rows one per load, fewest hogs first
 */
public record LoadTable(String benchmarkClass, Map<String, String> params, List<String> methods, List<LoadRow> rows) {

    /** Checks that nothing is missing and freezes the collections. */
    public LoadTable {
        Objects.requireNonNull(benchmarkClass, "benchmarkClass");
        params = Collections.unmodifiableMap(new LinkedHashMap<>(params));
        methods = List.copyOf(methods);
        rows = List.copyOf(rows);
    }

    /** The parameters as {@code model=EVENT_LOOP}, or the class's short name when there are none. */
    public String title() {
        return params.isEmpty() ? benchmarkClass.substring(benchmarkClass.lastIndexOf('.') + 1)
                : params.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(", "));
    }

    /** {@code method}'s figures with no hogs, if measured. */
    public Optional<LoadCell> alone(String method) {
        return rows.stream().filter(r -> r.hogs() == 0).map(r -> r.byMethod().get(method)).filter(Objects::nonNull)
                .findFirst();
    }
}
