package dev.boundbench.analysis.verdict;

import dev.boundbench.analysis.read.Environment;
import dev.boundbench.analysis.read.Inputs;
import dev.boundbench.analysis.stats.CurveAnalyzer;
import dev.boundbench.analysis.stats.CurveKey;
import dev.boundbench.analysis.stats.CurveStats;
import dev.boundbench.analysis.stats.Curves;
import dev.boundbench.analysis.stats.Disturbance;
import dev.boundbench.analysis.stats.Estimate;
import dev.boundbench.analysis.stats.KindCheck;
import dev.boundbench.analysis.stats.PointStats;
import dev.boundbench.analysis.stats.Scale;
import dev.boundbench.analysis.stats.SequentialBaselines;
import dev.boundbench.analysis.stats.Stability;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.IntStream;

/** Reads inputs and works out the curves, fits and verdicts of a run. Never throws for bad data. */
public final class Analyzer {

    private Analyzer() {
    }

    /** The analysis of the results in {@code paths} (results folders or JSON files). */
    public static RunAnalysis analyze(List<Path> paths, Scale scale) {
        Inputs.Input input = Inputs.load(paths);
        List<String> warnings = new ArrayList<>(input.loaded().warnings());
        var results = input.loaded().results();
        SequentialBaselines baselines = SequentialBaselines.of(results, scale);
        var grouped = Curves.group(results, scale, warnings);
        // Curves are independent: fit them in parallel, each with its own warnings, kept in order.
        List<List<String>> curveWarnings = grouped.stream().map(c -> (List<String>) new ArrayList<String>()).toList();
        List<CurveStats> curves = IntStream.range(0, grouped.size()).parallel()
                .mapToObj(i -> CurveAnalyzer.analyze(grouped.get(i), baselines, curveWarnings.get(i))).toList();
        curveWarnings.forEach(warnings::addAll);
        warnings.addAll(Disturbance.warnings(results, input.environment()));
        warnings.addAll(Stability.review(results).warnings());
        warnings.addAll(KindCheck.warnings(results, input.environment()));
        return new RunAnalysis(paths.stream().map(Analyzer::displayName).toList(), input.environment(), scale, results,
                curves, workloads(curves, input.environment()), warnings);
    }

    /** Groups curves by everything but the engine and ranks the engines of each group. */
    static List<Workload> workloads(List<CurveStats> curves, Environment environment) {
        Map<CurveKey, List<CurveStats>> groups = new LinkedHashMap<>();
        for (CurveStats c : curves) {
            groups.computeIfAbsent(c.curve().key().withoutEngine(), k -> new ArrayList<>()).add(c);
        }
        List<Workload> workloads = new ArrayList<>();
        groups.forEach((key, group) -> {
            String name = key.params().containsKey(CurveKey.WORKLOAD) ? key.params().get(CurveKey.WORKLOAD)
                    : shortName(key.benchmark());
            workloads.add(workload(key, name, environment.kindOf(key.params().get(CurveKey.WORKLOAD)), group));
        });
        return workloads;
    }

    /** One workload from its curves: the ranking at each scale value, the crossovers, each engine at its best. */
    static Workload workload(CurveKey key, String name, String kind, List<CurveStats> group) {
        TreeMap<Double, List<Contender>> atN = new TreeMap<>();
        List<Contender> bests = new ArrayList<>();
        for (CurveStats c : group) {
            String engine = engineName(c);
            Contender best = null;
            for (PointStats p : c.points()) {
                Contender contender = new Contender(engine, p,
                        Estimate.rateOf(p.result().primary(), p.result().direction()));
                if (!contender.rate().known()) {
                    continue;
                }
                atN.computeIfAbsent(p.n(), k -> new ArrayList<>()).add(contender);
                if (best == null || contender.rate().value() > best.rate().value()) {
                    best = contender;
                }
            }
            if (best != null) {
                bests.add(best);
            }
        }
        List<Ranking> byScale = new ArrayList<>();
        atN.forEach((n, contenders) -> byScale.add(Ranking.of(n, contenders)));
        Ranking best = bests.isEmpty()
                ? Ranking.of(Double.NaN, List.of(new Contender(engineName(group.get(0)), group.get(0).points().get(0),
                        Estimate.UNKNOWN)))
                : Ranking.of(Double.NaN, bests);
        return new Workload(key, name, kind, group, byScale, crossovers(byScale), best);
    }

    /** Where the clear winner changes from one measured scale value to a later one. */
    static List<Crossover> crossovers(List<Ranking> byScale) {
        List<Crossover> crossovers = new ArrayList<>();
        Ranking last = null;
        for (Ranking r : byScale) {
            if (!r.clear()) {
                continue;
            }
            if (last != null && !last.winner().engine().equals(r.winner().engine())) {
                crossovers.add(new Crossover(last.n(), last.winner().engine(), r.n(), r.winner().engine()));
            }
            last = r;
        }
        return crossovers;
    }

    private static String engineName(CurveStats c) {
        String engine = c.curve().key().engine();
        return engine.isEmpty() ? shortName(c.curve().key().benchmark()) : engine;
    }

    private static String shortName(String benchmark) {
        int method = benchmark.lastIndexOf('.');
        int type = method > 0 ? benchmark.lastIndexOf('.', method - 1) : -1;
        return benchmark.substring(type + 1);
    }

    /** The file or folder name of an input, without the folders above it. */
    private static String displayName(Path path) {
        Path name = path.getFileName();
        return name == null ? path.toString() : name.toString();
    }
}
