package dev.boundbench.analysis.verdict;

import dev.boundbench.analysis.read.Direction;
import dev.boundbench.analysis.stats.CurveKey;
import dev.boundbench.analysis.stats.CurveStats;
import dev.boundbench.analysis.stats.Estimate;
import dev.boundbench.analysis.stats.PointStats;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Finds the share sweeps of a run: the workloads of kind MIXED, whose size is the I/O share in
 * percent, grouped by everything else, one {@link ShareSweep} per group.
 */
public final class ShareSweeps {

    /** The kind, as environment.json names it, whose size is an I/O share. */
    public static final String MIXED_KIND = "MIXED";

    /** The parameter holding the share. */
    static final String SIZE_PARAM = "size";

    /** The environment.json entry that holds the cores the run could use. */
    static final String CORES_ENTRY = "cores";

    private ShareSweeps() {
    }

    /** The sweeps of {@code analysis}, in order of first appearance. */
    public static List<ShareSweep> of(RunAnalysis analysis) {
        return of(analysis.workloads(), cores(analysis.environment().entries().get(CORES_ENTRY)));
    }

    /** The sweeps among {@code workloads}, with {@code cores} for the textbook (NaN for unknown). */
    static List<ShareSweep> of(List<Workload> workloads, double cores) {
        Map<CurveKey, TreeMap<Double, Workload>> groups = new LinkedHashMap<>();
        for (Workload w : workloads) {
            double share = share(w);
            if (!w.kind().equals(MIXED_KIND) || Double.isNaN(share)) {
                continue;
            }
            Map<String, String> rest = new LinkedHashMap<>(w.key().params());
            rest.remove(SIZE_PARAM);
            CurveKey key = new CurveKey(w.key().benchmark(), w.key().mode(), w.key().unit(), w.key().jmhThreads(),
                    rest, w.key().machine());
            groups.computeIfAbsent(key, k -> new TreeMap<>()).putIfAbsent(share, w);
        }
        List<ShareSweep> sweeps = new ArrayList<>();
        groups.forEach((key, byShare) -> {
            List<ShareSweep.Share> shares = new ArrayList<>();
            byShare.forEach((percent, w) -> shares.add(share(percent, w)));
            List<Ranking> rankings = shares.stream().map(ShareSweep.Share::ranking).toList();
            sweeps.add(new ShareSweep(byShare.firstEntry().getValue().name(), key, cores, shares,
                    Analyzer.crossovers(rankings)));
        });
        return sweeps;
    }

    private static ShareSweep.Share share(double percent, Workload w) {
        Ranking best = w.best();
        Ranking ranking = new Ranking(percent, best.order(), best.margin(), best.tied());
        List<ShareSweep.EngineThreads> engines = new ArrayList<>();
        for (CurveStats c : w.curves()) {
            ShareSweep.EngineThreads threads = engineThreads(c);
            if (threads != null) {
                engines.add(threads);
            }
        }
        return new ShareSweep.Share(percent, w, ranking, engines);
    }

    /** The curve's fastest point and the fewest threads not clearly slower; null without a usable score. */
    static ShareSweep.EngineThreads engineThreads(CurveStats curve) {
        Direction direction = curve.points().get(0).result().direction();
        PointStats fastest = null;
        double fastestRate = Double.NaN;
        for (PointStats p : curve.points()) {
            double rate = Estimate.rateOf(p.result().primary(), direction).value();
            if (Double.isFinite(rate) && (fastest == null || rate > fastestRate)) {
                fastest = p;
                fastestRate = rate;
            }
        }
        if (fastest == null) {
            return null;
        }
        double fewest = fastest.n();
        for (PointStats p : curve.points()) {
            if (p.n() >= fewest) {
                break;
            }
            Estimate lead = Estimate.rateRatio(fastest.result().primary(), p.result().primary(), direction);
            if (lead.known() && !lead.above(1)) {
                fewest = p.n();
            }
        }
        return new ShareSweep.EngineThreads(Analyzer.engineName(curve), curve, fastest, fewest);
    }

    /** The share of {@code w} in percent, from its size; NaN when it has none from 0 to 100. */
    private static double share(Workload w) {
        String size = w.key().params().get(SIZE_PARAM);
        if (size == null) {
            return Double.NaN;
        }
        try {
            double percent = Double.parseDouble(size.trim());
            return percent >= 0 && percent <= 100 ? percent : Double.NaN;
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    private static double cores(String text) {
        if (text == null) {
            return Double.NaN;
        }
        try {
            double cores = Double.parseDouble(text.trim());
            return cores > 0 && Double.isFinite(cores) ? cores : Double.NaN;
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }
}
