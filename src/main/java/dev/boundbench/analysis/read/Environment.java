package dev.boundbench.analysis.read;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * What the suite recorded about the run ({@code environment.json}): a flat object of strings such
 * as {@code jdk}, {@code cores}, {@code os}, {@code commit}, {@code command}, {@code profile}, and
 * optionally {@code workloadKinds}, the kind of work (CPU or IO) of each workload.
 *
 * @param entries every plain entry, in file order
 * @param workloadKinds the kind of each workload by its name, e.g. {@code fib → CPU}
 */
public record Environment(Map<String, String> entries, Map<String, String> workloadKinds) {

    /**
     * The entry a rerun of the disturbed points adds ({@code run-benchmarks.sh --rerun-disturbed}):
     * how many points it replaced, when, by which command, and the core's speed then.
     */
    public static final String REMEASURED = "remeasured";

    /** An environment that knows nothing. */
    public static final Environment EMPTY = new Environment(Map.of(), Map.of());

    /** Freezes both maps, keeping their order. */
    public Environment {
        entries = Collections.unmodifiableMap(new LinkedHashMap<>(entries));
        workloadKinds = Collections.unmodifiableMap(new LinkedHashMap<>(workloadKinds));
    }

    /** The kind of work of {@code workload} in upper case ({@code CPU}, {@code IO}), or {@code "kind unknown"}. */
    public String kindOf(String workload) {
        String kind = workload == null ? null : workloadKinds.get(workload);
        return kind == null || kind.isBlank() ? "kind unknown" : kind.trim().toUpperCase(Locale.ROOT);
    }

    /** This environment with the entries of {@code other} added where this one lacks them. */
    public Environment merge(Environment other) {
        Map<String, String> e = new LinkedHashMap<>(entries);
        other.entries.forEach(e::putIfAbsent);
        Map<String, String> k = new LinkedHashMap<>(workloadKinds);
        other.workloadKinds.forEach(k::putIfAbsent);
        return new Environment(e, k);
    }
}
