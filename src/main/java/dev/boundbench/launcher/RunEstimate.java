package dev.boundbench.launcher;

import dev.boundbench.workload.Task;
import dev.boundbench.workload.WorkloadCatalog;
import dev.boundbench.workload.WorkloadDescriptor;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * How long a planned run will take, point by point ({@link PointTime}, from the tasks timed
 * before it), and its limit: {@value #LIMIT_FACTOR} × what the same points take at each workload's
 * default size and tasks per batch — the profile's usual length for this matrix. Past the limit
 * the launcher runs only with {@code --yes}.
 */
final class RunEstimate {

    static final int LIMIT_FACTOR = 4;

    private final List<PlannedRun> points;
    private final double[] seconds;
    private final double[] usualSeconds;
    private final TaskTimer.Timings timings;
    private final List<Task> tasks;

    private RunEstimate(List<PlannedRun> points, double[] seconds, double[] usualSeconds, TaskTimer.Timings timings,
                        List<Task> tasks) {
        this.points = List.copyOf(points);
        this.seconds = seconds;
        this.usualSeconds = usualSeconds;
        this.timings = timings;
        this.tasks = tasks;
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

    /**
     * @param points single points (one thread count each)
     * @param planner for each workload's default tasks per batch
     */
    static RunEstimate of(List<PlannedRun> points, TaskTimer.Timings timings, PointTime time, WorkloadCatalog catalog,
                          MatrixPlanner planner) {
        double[] seconds = new double[points.size()];
        double[] usual = new double[points.size()];
        for (int i = 0; i < points.size(); i++) {
            PlannedRun point = points.get(i);
            WorkloadDescriptor workload = catalog.get(point.workload());
            int threads = point.threads().get(0);
            seconds[i] = time.seconds(timings.of(new Task(point.workload(), point.size())).nanos(), workload.kind(),
                    point.engine(), threads, point.tasks());
            usual[i] = time.seconds(timings.of(new Task(point.workload(), workload.defaultSize())).nanos(),
                    workload.kind(), point.engine(), threads, planner.defaultTasks(workload));
        }
        List<Task> planned = points.stream().map(p -> new Task(p.workload(), p.size())).distinct().toList();
        return new RunEstimate(points, seconds, usual, timings, planned);
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
                + " tasks); tasks timed before the run: "
                + tasks.stream().map(t -> timings.of(t).describe()).collect(Collectors.joining(", "));
    }

    /** The one line that stops a run over the limit. */
    String refusal() {
        return "This run would take " + about() + ", over the limit of " + clock(limitSeconds()) + " (" + LIMIT_FACTOR
                + " × the " + clock(limitSeconds() / LIMIT_FACTOR) + " these points take at the default sizes and"
                + " tasks): " + slowest().describe() + ". Pass --yes to run it anyway, or choose a smaller --size or"
                + " --tasks";
    }

    private String about() {
        boolean lowerBound = tasks.stream().anyMatch(t -> timings.of(t).stopped());
        return (lowerBound ? "at least " : "about ") + clock(totalSeconds());
    }

    /** The task whose points go furthest past their usual length. */
    private TaskTiming slowest() {
        Map<Task, Double> excess = new LinkedHashMap<>();
        for (int i = 0; i < points.size(); i++) {
            excess.merge(new Task(points.get(i).workload(), points.get(i).size()), seconds[i] - usualSeconds[i],
                    Double::sum);
        }
        return timings.of(excess.entrySet().stream().max(Comparator.comparingDouble(Map.Entry::getValue))
                .orElseThrow().getKey());
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
}
