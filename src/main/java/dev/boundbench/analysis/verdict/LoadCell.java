package dev.boundbench.analysis.verdict;

import dev.boundbench.analysis.read.BenchmarkResult;
import dev.boundbench.analysis.read.Metric;
import dev.boundbench.analysis.read.TimeUnits;
import java.util.Objects;

/**
 * One benchmark method at one load: how fast one client's requests went and how their latencies
 * spread.
 *
 * @param result the benchmark behind the figures
 * @param perSecond requests per second of the one measured client: 1 / its mean latency, or its throughput
 * @param p50 the median latency, in seconds; NaN when the file has no percentiles
 * @param p99 the 99th percentile, in seconds; NaN when unknown
 * @param p999 the 99.9th percentile, in seconds; NaN when unknown
 * @param samples how many requests were timed; 0 when unknown
 */
public record LoadCell(BenchmarkResult result, double perSecond, double p50, double p99, double p999, long samples) {

    /** Checks that the result is there. */
    public LoadCell {
        Objects.requireNonNull(result, "result");
    }

    /** The figures of {@code result}'s primary metric. */
    static LoadCell of(BenchmarkResult result) {
        Metric m = result.primary();
        return new LoadCell(result, TimeUnits.perSecond(m.score(), m.unit()),
                TimeUnits.toSeconds(m.percentiles().at(50), m.unit()),
                TimeUnits.toSeconds(m.percentiles().at(99), m.unit()),
                TimeUnits.toSeconds(m.percentiles().at(99.9), m.unit()), m.percentiles().samples());
    }
}
