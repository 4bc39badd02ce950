package dev.boundbench.launcher;

import dev.boundbench.bench.ConfigId;
import dev.boundbench.engine.EngineType;
import dev.boundbench.workload.Kind;
import dev.boundbench.workload.WorkloadCatalog;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A paired group: the points whose ratios the report states — one workload at one size and batch
 * on one runtime, with all its engines and thread counts — measured side by side in rounds in one
 * JMH run of {@code GroupBenchmark}, plus the A/A twin of one configuration.
 *
 * @param workload the workload's name
 * @param kind the workload's kind, which sets the group's iterations ({@link GroupIterations})
 * @param tasks tasks per batch
 * @param size the workload's size
 * @param points the group's points, one thread count each, in plan order
 * @param twin the configuration measured twice, as the run's noise floor
 */
record PairedGroup(String workload, Kind kind, int tasks, int size, List<PlannedRun> points, ConfigId twin) {

    /** The engines whose configuration is preferred as the A/A twin, best first. */
    private static final List<EngineType> TWIN_ENGINES = List.of(EngineType.PLATFORM_POOL,
            EngineType.CPYTHON_PROCESSES, EngineType.CPYTHON_THREADS, EngineType.VIRTUAL, EngineType.FORK_JOIN);

    PairedGroup {
        points = List.copyOf(points);
        if (points.isEmpty()) {
            throw new IllegalArgumentException("A paired group needs at least one point");
        }
    }

    /**
     * The plan's points in groups: one per workload, size, tasks and runtime (the JVM's engines, or
     * CPython's, whose batches take 40 times as long and would take the group's whole budget), in
     * the order the plan first names them.
     *
     * @param cores the cores the run has: the twin is taken at the thread count closest to them
     * @param catalog for each workload's kind
     */
    static List<PairedGroup> of(List<PlannedRun> plan, int cores, WorkloadCatalog catalog) {
        Map<String, List<PlannedRun>> byKey = new LinkedHashMap<>();
        for (PlannedRun run : plan) {
            String key = run.workload() + "|" + run.tasks() + "|" + run.size() + "|" + run.engine().cpython();
            List<PlannedRun> points = byKey.computeIfAbsent(key, k -> new ArrayList<>());
            run.threads().forEach(threads -> points.add(run.at(threads)));
        }
        List<PairedGroup> groups = new ArrayList<>();
        for (List<PlannedRun> points : byKey.values()) {
            PlannedRun first = points.get(0);
            groups.add(new PairedGroup(first.workload(), catalog.get(first.workload()).kind(), first.tasks(), first.size(), points, twinOf(points, cores)));
        }
        return groups;
    }

    /** Each point's configuration, then the twin. */
    List<ConfigId> configs() {
        List<ConfigId> configs = new ArrayList<>();
        points.forEach(p -> configs.add(ConfigId.of(p.engine(), p.threads().get(0))));
        configs.add(twin);
        return configs;
    }

    /** What one round runs: each point's batch, then the twin's, which is its original's point again. */
    List<PlannedRun> roundPoints() {
        List<PlannedRun> round = new ArrayList<>(points);
        points.stream().filter(p -> ConfigId.of(p.engine(), p.threads().get(0)).twin().equals(twin)).findFirst()
                .ifPresent(round::add);
        return round;
    }

    /** The configurations as GroupBenchmark's {@code configs} parameter. */
    String configsParam() {
        return configs().stream().map(ConfigId::toString).collect(Collectors.joining("+"));
    }

    /**
     * The preferred engine's configuration at the thread count closest to the cores (the fewer
     * threads on a tie); without a preferred engine, any but the sequential one's, likewise.
     */
    private static ConfigId twinOf(List<PlannedRun> points, int cores) {
        Comparator<PlannedRun> closest = Comparator.comparingInt((PlannedRun p) -> Math.abs(p.threads().get(0) - cores))
                .thenComparingInt(p -> p.threads().get(0));
        for (EngineType engine : TWIN_ENGINES) {
            PlannedRun best = points.stream().filter(p -> p.engine() == engine).min(closest).orElse(null);
            if (best != null) {
                return ConfigId.of(engine, best.threads().get(0)).twin();
            }
        }
        PlannedRun any = points.stream().filter(p -> p.engine() != EngineType.SEQUENTIAL).min(closest)
                .orElse(points.get(0));
        return ConfigId.of(any.engine(), any.threads().get(0)).twin();
    }

    /** E.g. {@code fib (tasks 8, size 30)}, for messages. */
    String label() {
        return workload + " (tasks " + tasks + ", size " + size + ")";
    }

    @Override
    public String toString() {
        return label() + ": " + points.size() + " configurations side by side, A/A twin " + twin;
    }
}
