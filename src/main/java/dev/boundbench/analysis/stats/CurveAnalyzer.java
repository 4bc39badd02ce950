package dev.boundbench.analysis.stats;

import dev.boundbench.analysis.read.BenchmarkResult;
import dev.boundbench.analysis.read.Direction;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** Works out each curve's speedups, efficiencies, Karp–Flatt fractions and fits. */
public final class CurveAnalyzer {

    private CurveAnalyzer() {
    }

    /**
     * The numbers of {@code curve}; a curve with one point or without a one-thread point gets a
     * warning naming its file (except the sequential engine's single point, which is the baseline,
     * and a benchmark without the scaling parameter, which is a plain measurement).
     */
    public static CurveStats analyze(Curve curve, SequentialBaselines baselines, List<String> warnings) {
        Direction direction = curve.points().get(0).result().direction();
        Curve.Point one = curve.points().stream().filter(p -> p.n() == 1).findFirst().orElse(null);
        String scale = curve.scale().label();
        // A benchmark without the scaling parameter is a single measurement, not a broken curve.
        boolean scaled = curve.scale().name().equals(Scale.JMH_THREADS)
                || curve.scale().usesParam(curve.points().get(0).result());
        if (curve.points().size() == 1) {
            if (scaled && !(curve.key().sequential() && one != null)) {
                warnings.add(curve.sources() + ": " + curve.key().label() + " has a single point (" + scale + "="
                        + Numbers.plain(curve.points().get(0).n()) + "): no curve to fit");
            }
        } else if (one == null) {
            warnings.add(curve.sources() + ": " + curve.key().label() + " has no point at " + scale + "=1 ("
                    + scale + " " + curve.points().stream().map(p -> Numbers.plain(p.n()))
                            .collect(Collectors.joining(", "))
                    + "): speedup, efficiency and Karp–Flatt not computed; scores shown");
        }
        List<PointStats> points = new ArrayList<>();
        List<double[]> fitData = new ArrayList<>();
        for (Curve.Point p : curve.points()) {
            BenchmarkResult r = p.result();
            Estimate rate = Estimate.rateOf(r.primary(), direction);
            Estimate speedup = one == null ? Estimate.UNKNOWN
                    : p == one && rate.known() ? Estimate.exact(1)
                    : Estimate.rateRatio(r.primary(), one.result().primary(), direction);
            Estimate efficiency = speedup.known() && p.n() > 0 ? speedup.times(1 / p.n()) : Estimate.UNKNOWN;
            Estimate karpFlatt = p.n() > 1 && speedup.known() ? karpFlatt(speedup, p.n()) : Estimate.UNKNOWN;
            BenchmarkResult seq = baselines.baselineFor(curve.key(), p.n());
            Estimate vsSequential = seq == null || !seq.primary().unit().equals(r.primary().unit())
                    ? Estimate.UNKNOWN
                    : Estimate.rateRatio(r.primary(), seq.primary(), direction);
            points.add(new PointStats(p.n(), r, Estimate.of(r.primary()), speedup, efficiency, karpFlatt,
                    vsSequential));
            if (rate.value() > 0 && Double.isFinite(rate.value())) {
                fitData.add(new double[] {p.n(), rate.value()});
            }
        }
        double[] n = fitData.stream().mapToDouble(d -> d[0]).toArray();
        double[] x = fitData.stream().mapToDouble(d -> d[1]).toArray();
        return new CurveStats(curve, points, ScalabilityFitter.amdahl(n, x), ScalabilityFitter.usl(n, x));
    }

    /** The Karp–Flatt metric of a speedup at n; it falls as the speedup rises, so the bounds swap. */
    static Estimate karpFlatt(Estimate speedup, double n) {
        double value = karpFlatt(speedup.value(), n);
        if (!speedup.hasInterval()) {
            return new Estimate(value, Double.NaN, Double.NaN, speedup.method());
        }
        double low = karpFlatt(speedup.high(), n);
        double high = speedup.low() > 0 ? karpFlatt(speedup.low(), n) : Double.POSITIVE_INFINITY;
        return new Estimate(value, Math.min(low, value), Math.max(high, value), speedup.method());
    }

    static double karpFlatt(double s, double n) {
        return (1 / s - 1 / n) / (1 - 1 / n);
    }
}
