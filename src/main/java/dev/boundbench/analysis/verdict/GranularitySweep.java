package dev.boundbench.analysis.verdict;

import dev.boundbench.analysis.read.BenchmarkResult;
import dev.boundbench.analysis.stats.CurveKey;
import dev.boundbench.analysis.stats.Estimate;
import dev.boundbench.analysis.stats.TaskTimeThreshold;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * One workload measured at several task sizes ({@code --sweep size}): each engine's speedup over
 * the {@code sequential} engine against the task's time, where it breaks even and where it reaches
 * 90 % of ideal, and what it costs per task at one thread. Built by {@link Granularity}.
 *
 * @param key what the sweep's benchmarks share: every parameter but engine, threads, tasks and size
 * @param workload the workload's name
 * @param rungs the sizes measured on the sequential engine, in ascending task time
 * @param curves each engine at each thread count above 1, in order of first appearance
 * @param overheads each engine's cost per task at one thread, by engine name, in order of first appearance
 */
public record GranularitySweep(CurveKey key, String workload, List<Rung> rungs, List<EngineCurve> curves,
        Map<String, Overhead> overheads) {

    /** The fraction of ideal (threads) the second threshold asks for. */
    public static final double IDEAL_FRACTION = 0.9;

    /** Checks that nothing is missing and freezes the lists. */
    public GranularitySweep {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(workload, "workload");
        rungs = List.copyOf(rungs);
        curves = List.copyOf(curves);
        overheads = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(overheads));
    }

    /** The workload with the other shared parameters, e.g. {@code fib} or {@code fib (mode=x)}. */
    public String title() {
        String rest = key.params().entrySet().stream().filter(e -> !e.getKey().equals(CurveKey.WORKLOAD))
                .map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(", "));
        return rest.isEmpty() ? workload : workload + " (" + rest + ")";
    }

    /**
     * One size of the sweep, as the sequential engine ran it.
     *
     * @param size the workload's size
     * @param tasks tasks per batch
     * @param taskSeconds one task's time on the sequential engine: its score over the tasks, in seconds
     * @param sequential the sequential engine's benchmark
     */
    public record Rung(double size, int tasks, double taskSeconds, BenchmarkResult sequential) {

        /** Checks the values. */
        public Rung {
            Objects.requireNonNull(sequential, "sequential");
            if (tasks < 1 || !(taskSeconds > 0)) {
                throw new IllegalArgumentException("Needs tasks >= 1 and a task time above 0, got " + tasks + " and "
                        + taskSeconds);
            }
        }
    }

    /**
     * One engine at one thread count along the sweep.
     *
     * @param engine the engine's name
     * @param threads its threads (or processes)
     * @param points its speedup over the sequential engine at each rung it was measured at, in rung order
     * @param breakEven where the speedup reaches 1
     * @param nearIdeal where the speedup reaches {@value #IDEAL_FRACTION} × threads
     */
    public record EngineCurve(String engine, int threads, List<Point> points, TaskTimeThreshold breakEven,
            TaskTimeThreshold nearIdeal) {

        /** Checks that nothing is missing and freezes the points. */
        public EngineCurve {
            Objects.requireNonNull(engine, "engine");
            Objects.requireNonNull(breakEven, "breakEven");
            Objects.requireNonNull(nearIdeal, "nearIdeal");
            points = List.copyOf(points);
        }
    }

    /**
     * An engine's speedup at one rung.
     *
     * @param rung the rung
     * @param result the engine's benchmark there
     * @param speedup the sequential engine's time over this one's, per task, with its interval
     */
    public record Point(Rung rung, BenchmarkResult result, Estimate speedup) {

        /** Checks that nothing is missing. */
        public Point {
            Objects.requireNonNull(rung, "rung");
            Objects.requireNonNull(result, "result");
            Objects.requireNonNull(speedup, "speedup");
        }
    }

    /**
     * What an engine adds to each task at one thread: (its time − the sequential engine's) / tasks.
     *
     * @param perTaskSeconds the cost per task, in seconds, with the interval that follows from the
     *     interval of the two engines' speed ratio
     * @param rung the rung it was measured at: the smallest task, where the cost weighs most
     */
    public record Overhead(Estimate perTaskSeconds, Rung rung) {

        /** Checks that nothing is missing. */
        public Overhead {
            Objects.requireNonNull(perTaskSeconds, "perTaskSeconds");
            Objects.requireNonNull(rung, "rung");
        }
    }
}
