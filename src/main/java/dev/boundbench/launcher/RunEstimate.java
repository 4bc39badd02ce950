package dev.boundbench.launcher;

import dev.boundbench.workload.Kind;
import dev.boundbench.workload.Task;
import dev.boundbench.workload.WorkloadCatalog;
import dev.boundbench.workload.WorkloadDescriptor;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.ToIntFunction;
import java.util.stream.Collectors;

/**
 * How long a planned run will take, point by point ({@link PointTime}, from the tasks timed
 * before it: the JVM's task for a JVM engine, the Python twin's for a CPython engine), and its
 * limit: {@value #LIMIT_FACTOR} × what the same points take at each workload's default size and
 * tasks per batch — the profile's usual length for this matrix. Past the limit the launcher runs
 * only with {@code --yes}.
 */
final class RunEstimate {

    static final int LIMIT_FACTOR = 4;

    private final List<PlannedRun> points;
    private final double[] seconds;
    private final double[] usualSeconds;
    private final Timed timed;

    private RunEstimate(List<PlannedRun> points, double[] seconds, double[] usualSeconds, Timed timed) {
        this.points = List.copyOf(points);
        this.seconds = seconds;
        this.usualSeconds = usualSeconds;
        this.timed = timed;
    }

    /** The tasks to time for {@code points}: each one's, and its workload's at the default size. */
    static List<Task> tasksToTime(List<PlannedRun> points, WorkloadCatalog catalog) {
        List<Task> tasks = new ArrayList<>();
        for (PlannedRun point : points) {
            tasks.add(new Task(point.workload(), point.size()));
            tasks.add(new Task(point.workload(), catalog.get(point.workload()).defaultSize()));
        }
        return tasks.stream().distinct().toList();
    }

    /** The points of a JVM engine, whose tasks the JVM times. */
    static List<PlannedRun> onTheJvm(List<PlannedRun> points) {
        return points.stream().filter(p -> !p.engine().cpython()).toList();
    }

    /** The points of a CPython engine, whose tasks the Python twins time. */
    static List<PlannedRun> onCPython(List<PlannedRun> points) {
        return points.stream().filter(p -> p.engine().cpython()).toList();
    }

    /**
     * @param points single points (one thread count each)
     * @param timings the JVM's tasks, for the points of JVM engines
     * @param pythonTimings the Python twins', for the points of CPython engines
     * @param planner for each workload's default tasks per batch
     */
    static RunEstimate of(List<PlannedRun> points, TaskTimer.Timings timings, TaskTimer.Timings pythonTimings,
                          PointTime time, WorkloadCatalog catalog, MatrixPlanner planner) {
        return estimate(points.stream().map(List::of).toList(), points, timings, pythonTimings, kind -> time, false,
                catalog, planner);
    }

    /**
     * The estimate of points measured in their paired groups ({@link PairedGroup}): each group's
     * time, with the iterations of its workload's kind, shared among its points by their batches' times.
     *
     * @param time the cores and JVM start; its iterations give way to {@code iterations}
     */
    static RunEstimate ofGroups(List<PlannedRun> points, TaskTimer.Timings timings, TaskTimer.Timings pythonTimings,
                                PointTime time, GroupIterations iterations, WorkloadCatalog catalog,
                                MatrixPlanner planner) {
        List<List<PlannedRun>> groups = PairedGroup.of(points, time.cores(), catalog).stream()
                .map(PairedGroup::roundPoints).toList();
        return estimate(groups, points, timings, pythonTimings, kind -> time.with(iterations.of(kind)), true, catalog,
                planner);
    }

    private static RunEstimate estimate(List<List<PlannedRun>> groups, List<PlannedRun> points,
                                        TaskTimer.Timings timings, TaskTimer.Timings pythonTimings,
                                        Function<Kind, PointTime> timeOf, boolean paired,
                                        WorkloadCatalog catalog, MatrixPlanner planner) {
        Timed timed = new Timed(points, timings, pythonTimings);
        double[] seconds = new double[points.size()];
        double[] usual = new double[points.size()];
        for (List<PlannedRun> group : groups) {
            PointTime time = timeOf.apply(catalog.get(group.get(0).workload()).kind());
            share(group, points, seconds, time, paired, p -> timed.of(p, p.size()), PlannedRun::tasks, catalog);
            share(group, points, usual, time, paired, p -> timed.of(p, catalog.get(p.workload()).defaultSize()),
                    p -> planner.defaultTasks(catalog.get(p.workload())), catalog);
        }
        return new RunEstimate(points, seconds, usual, timed);
    }

    /** The group's time, shared among its points (a twin's share goes to its original) by their batches' times. */
    private static void share(List<PlannedRun> group, List<PlannedRun> points, double[] into, PointTime time,
                              boolean paired, Function<PlannedRun, TaskTiming> timing, ToIntFunction<PlannedRun> tasks,
                              WorkloadCatalog catalog) {
        List<PointTime.Config> configs = group.stream().map(p -> {
            TaskTiming task = timing.apply(p);
            return new PointTime.Config(task.nanos(), task.firstNanos(), catalog.get(p.workload()).kind(), p.engine(),
                    p.threads().get(0), tasks.applyAsInt(p));
        }).toList();
        double total = paired ? time.pairedGroupSeconds(configs) : time.groupSeconds(configs);
        double round = configs.stream().mapToDouble(time::batchNanos).sum();
        for (int i = 0; i < group.size(); i++) {
            double part = round > 0 ? time.batchNanos(configs.get(i)) / round : 1.0 / group.size();
            into[points.indexOf(group.get(i))] += total * part;
        }
    }

    /** {@link #of} for points of JVM engines only. */
    static RunEstimate of(List<PlannedRun> points, TaskTimer.Timings timings, PointTime time, WorkloadCatalog catalog,
                          MatrixPlanner planner) {
        return of(points, timings, TaskTimer.Timings.NONE, time, catalog, planner);
    }

    /** The estimate of point {@code index}, in seconds. */
    double seconds(int index) {
        return seconds[index];
    }

    double totalSeconds() {
        return sum(seconds);
    }

    double limitSeconds() {
        return LIMIT_FACTOR * sum(usualSeconds);
    }

    boolean overLimit() {
        return totalSeconds() > limitSeconds();
    }

    /** For the plan, e.g. {@code Estimate: about 4:20 (limit without --yes: 17:20 ...); tasks timed: ...}. */
    String planLine() {
        return "Estimate: " + about() + " (limit without --yes: " + clock(limitSeconds()) + ", " + LIMIT_FACTOR
                + " × the " + clock(limitSeconds() / LIMIT_FACTOR) + " these points take at the default sizes and"
                + " tasks); tasks timed before the run: " + timed.describePlanned();
    }

    /** The one line that stops a run over the limit. */
    String refusal() {
        return "This run would take " + about() + ", over the limit of " + clock(limitSeconds()) + " (" + LIMIT_FACTOR
                + " × the " + clock(limitSeconds() / LIMIT_FACTOR) + " these points take at the default sizes and"
                + " tasks): " + slowest() + ". Pass --yes to run it anyway, or choose a smaller --size or"
                + " --tasks";
    }

    private String about() {
        return (timed.anyStopped() ? "at least " : "about ") + clock(totalSeconds());
    }

    /** The task whose points go furthest past their usual length, described. */
    private String slowest() {
        Map<String, Double> excess = new LinkedHashMap<>();
        for (int i = 0; i < points.size(); i++) {
            excess.merge(timed.describe(points.get(i), points.get(i).size()), seconds[i] - usualSeconds[i],
                    Double::sum);
        }
        return excess.entrySet().stream().max(Comparator.comparingDouble(Map.Entry::getValue)).orElseThrow().getKey();
    }

    private static String clock(double seconds) {
        return Durations.clock(Duration.ofMillis(Math.round(seconds * 1000)));
    }

    private static double sum(double[] values) {
        double total = 0;
        for (double value : values) {
            total += value;
        }
        return total;
    }

    /** Each point's timed task, from the JVM's timings or the Python twins'. */
    private record Timed(List<PlannedRun> points, TaskTimer.Timings jvm, TaskTimer.Timings python) {

        TaskTiming of(PlannedRun point, int size) {
            return (point.engine().cpython() ? python : jvm).of(new Task(point.workload(), size));
        }

        /** E.g. {@code fib size 30: 4.1 ms a task}, or {@code fib size 30 in CPython: 180 ms a task}. */
        String describe(PlannedRun point, int size) {
            return of(point, size).describe(point.engine().cpython() ? " in CPython" : "");
        }

        String describePlanned() {
            return points.stream().map(p -> describe(p, p.size())).distinct().collect(Collectors.joining(", "));
        }

        boolean anyStopped() {
            return points.stream().anyMatch(p -> of(p, p.size()).stopped());
        }
    }
}
