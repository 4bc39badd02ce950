package dev.boundbench.analysis.verdict;

import dev.boundbench.analysis.read.BenchmarkResult;
import dev.boundbench.analysis.stats.CurveKey;
import dev.boundbench.analysis.stats.Curves;
import dev.boundbench.analysis.stats.Estimate;
import dev.boundbench.analysis.stats.OperationTime;
import dev.boundbench.analysis.stats.Scale;
import dev.boundbench.analysis.stats.TaskTimeThreshold;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Finds the granularity sweeps among a run's results: benchmarks with {@code engine},
 * {@code threads}, {@code tasks} and {@code size} parameters, measured at two sizes or more on the
 * {@code sequential} engine. They are grouped as the {@code --scale size} curves are, every
 * parameter but the size, with {@code tasks} left out as well (the sweep sizes each batch to its
 * task) and {@code engine} and {@code threads}, which tell the curves of one sweep apart. An
 * engine's point counts only where it ran the same batch as the sequential engine.
 */
public final class Granularity {

    private static final Scale SIZE = new Scale("size");
    private static final String THREADS = "threads";
    private static final String TASKS = "tasks";

    private Granularity() {
    }

    /** The sweeps in {@code results}, in order of first appearance; empty when there is none. */
    public static List<GranularitySweep> of(List<BenchmarkResult> results) {
        Map<CurveKey, List<BenchmarkResult>> groups = new LinkedHashMap<>();
        for (BenchmarkResult r : results) {
            if (tasks(r) > 0 && threads(r) > 0 && SIZE.valueOf(r).isPresent()
                    && !Curves.keyOf(r, SIZE).engine().isEmpty()
                    && Double.isFinite(OperationTime.seconds(r.primary(), r.direction()))) {
                groups.computeIfAbsent(groupKey(r), k -> new ArrayList<>()).add(r);
            }
        }
        List<GranularitySweep> sweeps = new ArrayList<>();
        groups.forEach((key, members) -> sweep(key, members).ifPresent(sweeps::add));
        return sweeps;
    }

    private static Optional<GranularitySweep> sweep(CurveKey key, List<BenchmarkResult> members) {
        Map<Double, GranularitySweep.Rung> bySize = sequentialRungs(members);
        List<GranularitySweep.Rung> rungs = risingTaskTimes(bySize.values());
        if (rungs.size() < 2) {
            return Optional.empty();
        }
        Map<EngineThreads, List<GranularitySweep.Point>> multi = new LinkedHashMap<>();
        Map<String, GranularitySweep.Overhead> overheads = new LinkedHashMap<>();
        for (BenchmarkResult r : members) {
            CurveKey own = Curves.keyOf(r, SIZE);
            GranularitySweep.Rung rung = bySize.get(SIZE.valueOf(r).getAsDouble());
            if (own.sequential() || rung == null || !rungs.contains(rung) || tasks(r) != rung.tasks()
                    || !r.primary().unit().equals(rung.sequential().primary().unit())) {
                continue;
            }
            Estimate speedup = Estimate.rateRatio(r.primary(), rung.sequential().primary(), r.direction());
            if (!speedup.known()) {
                continue;
            }
            if (threads(r) == 1) {
                GranularitySweep.Overhead earlier = overheads.get(own.engine());
                if (earlier == null || rung.taskSeconds() < earlier.rung().taskSeconds()) {
                    overheads.put(own.engine(), new GranularitySweep.Overhead(overhead(speedup, rung.taskSeconds()),
                            rung));
                }
            } else {
                List<GranularitySweep.Point> points = multi.computeIfAbsent(new EngineThreads(own.engine(),
                        threads(r)), k -> new ArrayList<>());
                // A point read twice (the same run given twice) counts once, as on the curves along threads.
                if (points.stream().noneMatch(p -> p.rung() == rung)) {
                    points.add(new GranularitySweep.Point(rung, r, speedup));
                }
            }
        }
        String workload = key.params().getOrDefault(CurveKey.WORKLOAD, Analyzer.shortName(key.benchmark()));
        return Optional.of(new GranularitySweep(key, workload, rungs, curves(multi), overheads));
    }

    /** Each size's rung: the {@code sequential} engine's point at one thread, the first one read. */
    private static Map<Double, GranularitySweep.Rung> sequentialRungs(List<BenchmarkResult> members) {
        Map<Double, GranularitySweep.Rung> bySize = new LinkedHashMap<>();
        for (BenchmarkResult r : members) {
            if (Curves.keyOf(r, SIZE).sequential() && threads(r) == 1) {
                double size = SIZE.valueOf(r).getAsDouble();
                bySize.putIfAbsent(size, new GranularitySweep.Rung(size, tasks(r),
                        OperationTime.seconds(r.primary(), r.direction()) / tasks(r), r));
            }
        }
        return bySize;
    }

    /** The rungs by task time, keeping only those longer than every rung before them. */
    private static List<GranularitySweep.Rung> risingTaskTimes(Collection<GranularitySweep.Rung> bySize) {
        List<GranularitySweep.Rung> rungs = new ArrayList<>();
        bySize.stream().sorted(Comparator.comparingDouble(GranularitySweep.Rung::taskSeconds))
                .forEach(rung -> {
                    if (rungs.isEmpty() || rung.taskSeconds() > rungs.get(rungs.size() - 1).taskSeconds()) {
                        rungs.add(rung);
                    }
                });
        return rungs;
    }

    /** Each engine and thread count's speedups along task time, with its break-even and 90 %-of-ideal times. */
    private static List<GranularitySweep.EngineCurve> curves(Map<EngineThreads, List<GranularitySweep.Point>> multi) {
        List<GranularitySweep.EngineCurve> curves = new ArrayList<>();
        multi.forEach((curveOf, points) -> {
            List<GranularitySweep.Point> ordered = points.stream()
                    .sorted(Comparator.comparingDouble(p -> p.rung().taskSeconds())).toList();
            List<TaskTimeThreshold.Point> curve = ordered.stream()
                    .map(p -> new TaskTimeThreshold.Point(p.rung().taskSeconds(), p.speedup())).toList();
            curves.add(new GranularitySweep.EngineCurve(curveOf.engine(), curveOf.threads(), ordered,
                    TaskTimeThreshold.of(curve, 1),
                    TaskTimeThreshold.of(curve, GranularitySweep.IDEAL_FRACTION * curveOf.threads())));
        });
        return curves;
    }

    /**
     * The cost per task of an engine whose speed over the sequential engine's is {@code speedup},
     * on tasks of {@code taskSeconds}: t × (1/speedup − 1), its interval from the speedup's (the
     * bounds swap: a higher speed is a lower cost).
     */
    static Estimate overhead(Estimate speedup, double taskSeconds) {
        double value = taskSeconds * (1 / speedup.value() - 1);
        if (!speedup.hasInterval()) {
            return new Estimate(value, Double.NaN, Double.NaN, speedup.method());
        }
        double low = taskSeconds * (1 / speedup.high() - 1);
        double high = speedup.low() > 0 ? taskSeconds * (1 / speedup.low() - 1) : Double.POSITIVE_INFINITY;
        return new Estimate(value, Math.min(low, value), Math.max(high, value), speedup.method());
    }

    /** The key of a sweep: the {@code --scale size} curve key without engine, threads and tasks. */
    private static CurveKey groupKey(BenchmarkResult r) {
        CurveKey key = Curves.keyOf(r, SIZE).withoutEngine();
        Map<String, String> params = new LinkedHashMap<>(key.params());
        params.remove(THREADS);
        params.remove(TASKS);
        return new CurveKey(key.benchmark(), key.mode(), key.unit(), key.jmhThreads(), params, key.machine());
    }

    /** The whole-number parameter {@code name} of {@code r}, or 0 when absent or not a positive whole number. */
    private static int positive(BenchmarkResult r, String name) {
        try {
            int value = Integer.parseInt(r.params().getOrDefault(name, "").trim());
            return Math.max(value, 0);
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /** One engine at one thread count: what tells the curves of a sweep apart. */
    private record EngineThreads(String engine, int threads) {
    }

    private static int tasks(BenchmarkResult r) {
        return positive(r, TASKS);
    }

    private static int threads(BenchmarkResult r) {
        return positive(r, THREADS);
    }
}
