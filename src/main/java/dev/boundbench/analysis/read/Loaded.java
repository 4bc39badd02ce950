package dev.boundbench.analysis.read;

import java.util.List;

/**
 * What reading some inputs gave: the benchmarks that could be read and a message for each
 * problem, naming its file.
 *
 * @param results the benchmarks, in file order
 * @param warnings one line per problem, each naming the file
 * @param groups the entries of the group benchmark, in file order: their configurations are among
 *     {@code results}, their twins and order metric only here
 */
public record Loaded(List<BenchmarkResult> results, List<String> warnings, List<PairedGroup> groups) {

    /** Freezes the lists. */
    public Loaded {
        results = List.copyOf(results);
        warnings = List.copyOf(warnings);
        groups = List.copyOf(groups);
    }

    /** Results without groups. */
    public Loaded(List<BenchmarkResult> results, List<String> warnings) {
        this(results, warnings, List.of());
    }
}
