package dev.boundbench.analysis.verdict;

import dev.boundbench.analysis.read.BenchmarkResult;
import dev.boundbench.analysis.read.Direction;
import dev.boundbench.analysis.read.PairedGroup;
import dev.boundbench.analysis.stats.CurveStats;
import dev.boundbench.analysis.stats.Estimate;
import dev.boundbench.analysis.stats.Numbers;
import dev.boundbench.analysis.stats.PointStats;
import dev.boundbench.analysis.stats.SequentialBaselines;
import java.util.ArrayList;
import java.util.List;

/**
 * Every ratio of a run as {@link StatedRatio}s: each group's A/A controls first, then per workload
 * each point's speedup and vs-sequential, and the margin of every pair of engines at the same
 * scale value, the faster as the configuration.
 */
final class Ratios {

    private Ratios() {
    }

    static List<StatedRatio> of(RunAnalysis analysis) {
        List<StatedRatio> ratios = new ArrayList<>(controls(analysis.groups()));
        SequentialBaselines baselines = SequentialBaselines.of(analysis.results(), analysis.scale());
        for (Workload w : analysis.workloads()) {
            String group = w.title();
            for (CurveStats c : w.curves()) {
                String engine = Analyzer.engineName(c);
                for (PointStats p : c.points()) {
                    String config = id(engine, p.n());
                    add(ratios, group, StatedRatio.Kind.SPEEDUP, config, id(engine, 1), p.speedup());
                    BenchmarkResult seq = baselines.baselineFor(c.curve().key(), p.n());
                    if (seq != null) {
                        double n = analysis.scale().valueOf(seq).orElse(Double.NaN);
                        add(ratios, group, StatedRatio.Kind.VS_SEQUENTIAL, config, id("sequential", n),
                                p.vsSequential());
                    }
                }
            }
            for (Ranking r : w.byScale()) {
                for (int i = 0; i < r.order().size(); i++) {
                    for (int j = i + 1; j < r.order().size(); j++) {
                        Contender faster = r.order().get(i);
                        Contender slower = r.order().get(j);
                        add(ratios, group, StatedRatio.Kind.MARGIN, id(faster.engine(), r.n()),
                                id(slower.engine(), r.n()), Ranking.lead(faster, slower));
                    }
                }
            }
        }
        return ratios;
    }

    /** Each group's configurations against their A/A twins, in group order. */
    static List<StatedRatio> controls(List<PairedGroup> groups) {
        List<StatedRatio> controls = new ArrayList<>();
        for (PairedGroup g : groups) {
            for (PairedGroup.Twin t : g.twins()) {
                controls.add(new StatedRatio(g.heading(), StatedRatio.Kind.AA, t.config(), t.twin(), Estimate.rateRatio(
                        g.batches().get(t.config()), g.batches().get(t.twin()), Direction.LOWER_IS_BETTER)));
            }
        }
        return controls;
    }

    private static void add(List<StatedRatio> ratios, String group, StatedRatio.Kind kind, String config,
            String baseline, Estimate ratio) {
        if (!config.equals(baseline) && ratio.known()) {
            ratios.add(new StatedRatio(group, kind, config, baseline, ratio));
        }
    }

    /** {@code platform-pool@2}: the engine as users type it and the scale value. */
    private static String id(String engine, double n) {
        return engine + "@" + Numbers.plain(n);
    }
}
