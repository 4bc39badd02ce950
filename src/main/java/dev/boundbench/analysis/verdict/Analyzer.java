package dev.boundbench.analysis.verdict;

import dev.boundbench.analysis.read.BenchmarkResult;
import dev.boundbench.analysis.read.Environment;
import dev.boundbench.analysis.read.Inputs;
import dev.boundbench.analysis.read.Machine;
import dev.boundbench.analysis.read.Warning;
import dev.boundbench.analysis.stats.CurveAnalyzer;
import dev.boundbench.analysis.stats.CurveKey;
import dev.boundbench.analysis.stats.CurveStats;
import dev.boundbench.analysis.stats.Curves;
import dev.boundbench.analysis.stats.Disturbance;
import dev.boundbench.analysis.stats.Estimate;
import dev.boundbench.analysis.stats.KindCheck;
import dev.boundbench.analysis.stats.OneThreadCheck;
import dev.boundbench.analysis.stats.PointStats;
import dev.boundbench.analysis.stats.Scale;
import dev.boundbench.analysis.stats.SequentialBaselines;
import dev.boundbench.analysis.stats.Stability;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
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
        List<String> inputProblems = new ArrayList<>(input.loaded().warnings());
        var results = input.loaded().results();
        // Latencies under a load of hogs get tables of their own, not scaling curves.
        var onCurves = results.stream().filter(r -> !LoadTables.applies(r)).toList();
        List<LoadTable> loads = LoadTables.of(results, inputProblems);
        SequentialBaselines baselines = SequentialBaselines.of(onCurves, scale);
        var grouped = Curves.group(onCurves, scale, inputProblems);
        List<Warning> warnings = new ArrayList<>();
        inputProblems.forEach(w -> warnings.add(Warning.general(Warning.Kind.INPUT, w)));
        // Curves are independent: fit them in parallel, each with its own warnings, kept in order.
        List<List<String>> curveWarnings = grouped.stream().map(c -> (List<String>) new ArrayList<String>()).toList();
        List<CurveStats> curves = IntStream.range(0, grouped.size()).parallel()
                .mapToObj(i -> CurveAnalyzer.analyze(grouped.get(i), baselines, curveWarnings.get(i))).toList();
        curveWarnings.forEach(ws -> ws.forEach(w -> warnings.add(Warning.general(Warning.Kind.CURVE, w))));
        warnings.addAll(Disturbance.warnings(results, input.environment()));
        warnings.addAll(Stability.review(results).warnings());
        // Each machine's points are judged against its own cores.
        for (Machine machine : input.machines()) {
            List<BenchmarkResult> onMachine = results.stream().filter(r -> r.machine().equals(machine.label())).toList();
            warnings.addAll(KindCheck.warnings(onMachine, machine.environment()));
        }
        warnings.addAll(OneThreadCheck.warnings(curves));
        List<Workload> workloads = workloads(curves, input.environment());
        return new RunAnalysis(paths.stream().map(Inputs::displayName).toList(), input.environment(),
                input.machines(), scale, results, curves, workloads, acrossMachines(workloads), loads,
                input.loaded().groups(), warnings);
    }

    /**
     * Groups curves by everything but the engine, machine included, and ranks the engines of each
     * group; a workload's machines come one after the other.
     */
    static List<Workload> workloads(List<CurveStats> curves, Environment environment) {
        Map<CurveKey, List<CurveStats>> groups = new LinkedHashMap<>();
        Map<CurveKey, Integer> firstSeen = new HashMap<>();
        for (CurveStats c : curves) {
            CurveKey key = c.curve().key().withoutEngine();
            groups.computeIfAbsent(key, k -> new ArrayList<>()).add(c);
            firstSeen.putIfAbsent(key.withoutMachine(), firstSeen.size());
        }
        List<CurveKey> keys = new ArrayList<>(groups.keySet());
        keys.sort(Comparator.comparingInt(k -> firstSeen.get(k.withoutMachine())));
        List<Workload> workloads = new ArrayList<>();
        for (CurveKey key : keys) {
            String name = key.params().containsKey(CurveKey.WORKLOAD) ? key.params().get(CurveKey.WORKLOAD)
                    : shortName(key.benchmark());
            workloads.add(workload(key, name, environment.kindOf(key.params().get(CurveKey.WORKLOAD)), groups.get(key)));
        }
        return workloads;
    }

    /**
     * Each engine of each workload that ran on two machines or more, its curves side by side; a
     * machine's own default tasks per batch do not keep it apart (see {@link CurveKey#acrossMachines()}).
     */
    static List<EngineAcrossMachines> acrossMachines(List<Workload> workloads) {
        Map<CurveKey, List<CurveStats>> byEngine = new LinkedHashMap<>();
        Map<CurveKey, Workload> workloadOf = new HashMap<>();
        for (Workload w : workloads) {
            for (CurveStats c : w.curves()) {
                CurveKey key = c.curve().key().acrossMachines();
                byEngine.computeIfAbsent(key, k -> new ArrayList<>()).add(c);
                workloadOf.putIfAbsent(key, w);
            }
        }
        List<EngineAcrossMachines> across = new ArrayList<>();
        byEngine.forEach((key, curves) -> {
            if (curves.stream().map(c -> c.curve().key().machine()).filter(m -> !m.isEmpty()).distinct().count() > 1) {
                Workload w = workloadOf.get(key);
                across.add(new EngineAcrossMachines(key, Workload.title(w.name(), key), engineName(curves.get(0)),
                        w.kind(), curves));
            }
        });
        return across;
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

    /** The engine of a curve as rankings name it: its engine parameter, else the benchmark's short name. */
    static String engineName(CurveStats c) {
        String engine = c.curve().key().engine();
        return engine.isEmpty() ? shortName(c.curve().key().benchmark()) : engine;
    }

    static String shortName(String benchmark) {
        int method = benchmark.lastIndexOf('.');
        int type = method > 0 ? benchmark.lastIndexOf('.', method - 1) : -1;
        return benchmark.substring(type + 1);
    }
}
