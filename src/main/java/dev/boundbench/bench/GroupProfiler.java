package dev.boundbench.bench;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.profile.InternalProfiler;
import org.openjdk.jmh.results.AggregationPolicy;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.ScalarResult;

/**
 * Hands out, per iteration of a {@link GroupBenchmark}, each configuration's mean batch time as a
 * secondary result {@code ·batch:<config>} (ms/op), and the order check as
 * {@code ·order:first/later}. Every configuration thus has its raw time per fork and iteration in
 * JMH's own results, and two configurations' values at the same fork and iteration were measured
 * in the same rounds: a pair. Other benchmarks get nothing from it.
 */
public final class GroupProfiler implements InternalProfiler {

    /** The prefix of each configuration's secondary result. */
    public static final String BATCH_PREFIX = "\u00b7batch:";

    /** The order check's secondary result. */
    public static final String ORDER = "\u00b7order:first/later";

    @Override
    public String getDescription() {
        return "each configuration's batch time per iteration of a GroupBenchmark (paired measurement)";
    }

    @Override
    public void beforeIteration(BenchmarkParams benchmarkParams, IterationParams iterationParams) {
        RoundLog.fork().startIteration();
    }

    @Override
    public Collection<? extends Result> afterIteration(BenchmarkParams benchmarkParams,
            IterationParams iterationParams, IterationResult result) {
        RoundLog.IterationTimes times = RoundLog.fork().drain();
        List<Result> results = new ArrayList<>(times.millis().size() + 1);
        for (Map.Entry<ConfigId, Double> entry : times.millis().entrySet()) {
            results.add(new ScalarResult(BATCH_PREFIX + entry.getKey(), entry.getValue(), "ms/op",
                    AggregationPolicy.AVG));
        }
        if (!results.isEmpty()) {
            results.add(new ScalarResult(ORDER, times.orderRatio(), "ratio", AggregationPolicy.AVG));
        }
        return results;
    }
}
