package dev.boundbench.analysis.read;

import java.util.List;

/**
 * What reading some inputs gave: the benchmarks that could be read and a message for each
 * problem, naming its file.
 *
 * @param results the benchmarks, in file order
 * @param warnings one line per problem, each naming the file
 */
public record Loaded(List<BenchmarkResult> results, List<String> warnings) {

    /** Freezes both lists. */
    public Loaded {
        results = List.copyOf(results);
        warnings = List.copyOf(warnings);
    }
}
