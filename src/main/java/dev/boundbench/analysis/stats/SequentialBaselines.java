package dev.boundbench.analysis.stats;

import dev.boundbench.analysis.read.BenchmarkResult;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.OptionalDouble;
import java.util.TreeMap;

/**
 * The {@code sequential} engine's results, found by the other parameters of any benchmark: at the
 * same scale value if measured there, else at 1, else at its lowest measured value.
 */
public final class SequentialBaselines {

    private final Map<CurveKey, NavigableMap<Double, BenchmarkResult>> byKey = new HashMap<>();
    private final Scale scale;

    private SequentialBaselines(Scale scale) {
        this.scale = scale;
    }

    /** Indexes the sequential results among {@code results}. */
    public static SequentialBaselines of(List<BenchmarkResult> results, Scale scale) {
        SequentialBaselines baselines = new SequentialBaselines(scale);
        for (BenchmarkResult r : results) {
            CurveKey key = Curves.keyOf(r, scale);
            OptionalDouble n = scale.valueOf(r);
            if (key.sequential() && n.isPresent()) {
                baselines.byKey.computeIfAbsent(key.withoutEngine(), k -> new TreeMap<>())
                        .putIfAbsent(n.getAsDouble(), r);
            }
        }
        return baselines;
    }

    /** The sequential result to compare a point of {@code key} at {@code n} with, or null. */
    public BenchmarkResult baselineFor(CurveKey key, double n) {
        if (key.engine().isEmpty()) {
            return null;
        }
        NavigableMap<Double, BenchmarkResult> seq = byKey.get(key.withoutEngine());
        if (seq == null) {
            return null;
        }
        BenchmarkResult r = seq.get(n);
        if (r == null) {
            r = seq.get(1.0);
        }
        return r != null ? r : seq.firstEntry().getValue();
    }

    /** The scale the baselines were indexed on. */
    public Scale scale() {
        return scale;
    }
}
