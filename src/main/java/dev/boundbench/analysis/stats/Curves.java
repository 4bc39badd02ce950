package dev.boundbench.analysis.stats;

import dev.boundbench.analysis.read.BenchmarkResult;
import dev.boundbench.analysis.read.EngineName;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.TreeMap;

/** Groups benchmarks into curves: one per set of every parameter but the scaling one. */
public final class Curves {

    private Curves() {
    }

    /**
     * The curves of {@code results}, in order of first appearance. Benchmarks that have no value on
     * the scale, and duplicates, are left out with a warning.
     */
    public static List<Curve> group(List<BenchmarkResult> results, Scale scale, List<String> warnings) {
        Map<CurveKey, TreeMap<Double, BenchmarkResult>> groups = new LinkedHashMap<>();
        for (BenchmarkResult r : results) {
            OptionalDouble n = scale.valueOf(r);
            if (n.isEmpty()) {
                warnings.add(r.label() + " has "
                        + (scale.applies(r) ? "a non-numeric " + scale.name() + " \"" + r.params().get(scale.name())
                                + "\"" : "no parameter \"" + scale.name() + "\"")
                        + " to scale on; it is in results.csv but on no curve");
                continue;
            }
            CurveKey key = keyOf(r, scale);
            BenchmarkResult earlier = groups.computeIfAbsent(key, k -> new TreeMap<>()).putIfAbsent(n.getAsDouble(), r);
            if (earlier != null) {
                warnings.add(r.source() + ": " + key.label() + " at " + scale.label() + "=" + Numbers.plain(n.getAsDouble())
                        + " appears twice; the curve keeps the one from " + earlier.source());
            }
        }
        List<Curve> curves = new ArrayList<>();
        groups.forEach((key, points) -> curves.add(new Curve(key, scale,
                points.entrySet().stream().map(e -> new Curve.Point(e.getKey(), e.getValue())).toList())));
        return curves;
    }

    /** The key of {@code r}: every parameter but the scaling one, the engine as users type it, and its machine. */
    public static CurveKey keyOf(BenchmarkResult r, Scale scale) {
        Map<String, String> params = new LinkedHashMap<>(r.params());
        boolean onParam = scale.usesParam(r);
        if (onParam) {
            params.remove(scale.name());
        }
        params.computeIfPresent(EngineName.PARAM, (k, engine) -> EngineName.of(engine));
        return new CurveKey(r.benchmark(), r.mode(), r.primary().unit(), onParam ? r.threads() : 0, params,
                r.machine());
    }
}
