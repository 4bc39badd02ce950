package dev.boundbench.launcher;

import dev.boundbench.engine.EngineType;
import dev.boundbench.engine.cpython.CPythonOptions;
import dev.boundbench.launcher.LeftOut.Reason;
import dev.boundbench.workload.Kind;
import dev.boundbench.workload.WorkloadCatalog;
import dev.boundbench.workload.WorkloadDescriptor;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Plans the granularity sweep ({@code --sweep size}): each CPU workload at every size of its
 * ladder ({@code @Workload(granularity = ...)}, or the sizes given with {@code --size}), on every engine,
 * at one thread and at the core count. The batch is sized to the task, so that every rung holds
 * about the same work: {@value #BATCH_MILLIS} ms of it on one thread, at least 4 × cores tasks (work
 * for every thread) and at most {@value #MAX_TASKS} (a new platform thread per task costs about
 * 0.25 ms, so thread-per-task's batch of tiny tasks would otherwise outlast an iteration many times
 * over). The task times come from a {@link Timer}; a size outside the workload's range is refused.
 */
final class SweepPlanner {

    /** Work per batch on one thread, in milliseconds. */
    static final int BATCH_MILLIS = 10;

    /** The most tasks in a batch. */
    static final int MAX_TASKS = 2_000;

    private final WorkloadCatalog catalog;
    private final MatrixPlanner matrix;
    private final int cores;
    private final Timer timer;
    private final CPythonPlanning cpython;

    /** A planner that asks the interpreter of the system properties, if a CPython engine needs it. */
    SweepPlanner(WorkloadCatalog catalog, int cores, Timer timer) {
        this(catalog, cores, timer, () -> PythonCheck.probe(CPythonOptions.fromSystemProperties()));
    }

    /**
     * @param python what the CPython engines would run on; asked only when one of them is still
     *     planned, as the matrix's planner does ({@link CPythonPlanning})
     */
    SweepPlanner(WorkloadCatalog catalog, int cores, Timer timer, Supplier<PythonCheck> python) {
        this.catalog = catalog;
        this.matrix = new MatrixPlanner(catalog, cores, python);
        this.cores = cores;
        this.timer = timer;
        this.cpython = new CPythonPlanning(python);
    }

    /**
     * How long one task of a workload takes on one thread, in seconds: what the sweep sizes its
     * batches by. {@link WarmTaskTimer} times the real task in this JVM; tests pass a model.
     */
    @FunctionalInterface
    interface Timer {

        /** Seconds one {@code workload} task of {@code size} takes on one thread. */
        double secondsPerTask(String workload, int size);
    }

    /**
     * One size of the sweep.
     *
     * @param workload the workload's name
     * @param size its size
     * @param taskSeconds one task's time on one thread, as the timer gave it, in seconds
     * @param tasks tasks per batch
     */
    record Rung(String workload, int size, double taskSeconds, int tasks) {

        /** "fib 20: 31.7 µs a task, 315 tasks a batch", or "fib 50: over 1 s a task, 8 tasks a batch" past the cap. */
        String describe() {
            double micros = taskSeconds * 1e6;
            String time = taskSeconds >= TaskTimer.CAP.toNanos() / 1e9 ? "over " + Durations.brief(TaskTimer.CAP.toNanos())
                    : (micros >= 100 ? String.format(Locale.ROOT, "%.0f", micros)
                            : String.format(Locale.ROOT, "%.3g", micros)) + " µs";
            return String.format(Locale.ROOT, "%s %d: %s a task, %d tasks a batch", workload, size, time, tasks);
        }
    }

    /**
     * The sweep's rungs and the runs that measure them.
     *
     * @param fewestTasks the fewest tasks a batch holds, 4 × cores
     * @param rungs every size of every workload swept, in plan order
     * @param plan the runs
     */
    record SweepPlan(int fewestTasks, List<Rung> rungs, MatrixPlanner.Plan plan) {
        SweepPlan {
            rungs = List.copyOf(rungs);
        }

        /** What the plan shows of the sweep: a heading and a line per rung. */
        List<String> lines() {
            List<String> lines = new ArrayList<>();
            lines.add("Size sweep: each batch holds about " + BATCH_MILLIS + " ms of work on one thread (" + fewestTasks
                    + " to " + MAX_TASKS + " tasks, whatever the profile's limit per thread); each task timed in this"
                    + " JVM after a warm-up, or, when one run takes " + Durations.brief(CappedSweepTimer.WARM_LIMIT_NANOS)
                    + " or more, only in a JVM of its own, stopped"
                    + " at " + Durations.brief(TaskTimer.CAP.toNanos()) + ":");
            rungs.forEach(rung -> lines.add("  " + rung.describe()));
            return lines;
        }
    }

    /**
     * @throws UsageException for an unknown workload or engine, or {@code --tasks} (the sweep sizes
     *     each batch itself)
     */
    SweepPlan plan(RunRequest request) {
        if (!request.tasks().isEmpty()) {
            throw new UsageException("--tasks does not go with --sweep size: the sweep sizes each batch to its task ("
                    + BATCH_MILLIS + " ms of work on one thread, " + 4 * cores + " to " + MAX_TASKS + " tasks)");
        }
        List<WorkloadDescriptor> workloads = request.workloads().isEmpty() ? catalog.all()
                : request.workloads().stream().map(matrix::workload).toList();
        List<LeftOut> skipped = new ArrayList<>();
        List<EngineType> engines = cpython.engines(request.engines().isEmpty() ? Arrays.asList(EngineType.values())
                : request.engines().stream().map(MatrixPlanner::engine).toList(), request, skipped);
        List<Integer> threads = request.threads().isEmpty() ? List.copyOf(new TreeSet<>(List.of(1, cores)))
                : request.threads().stream().sorted().toList();
        List<Rung> rungs = new ArrayList<>();
        List<PlannedRun> runs = new ArrayList<>();
        Map<LeftOutRung, TreeSet<Integer>> leftOut = new LinkedHashMap<>();
        for (WorkloadDescriptor workload : workloads) {
            List<Integer> sizes = sweepSizes(workload, request, skipped);
            List<EngineType> workloadEngines = sizes.isEmpty() ? engines
                    : cpython.enginesFor(workload, engines, skipped);
            for (int size : sizes) {
                double seconds = timer.secondsPerTask(workload.name(), size);
                Rung rung = new Rung(workload.name(), size, seconds, tasks(seconds));
                rungs.add(rung);
                planRung(rung, workloadEngines, threads, runs, leftOut);
            }
        }
        leftOut.forEach((point, sizes) -> skipped.add(new LeftOut(point.workload() + " on " + point.engine().id()
                + ", threads " + point.threads() + " (sizes "
                + sizes.stream().map(String::valueOf).collect(Collectors.joining(",")) + ")", point.reason(),
                MatrixPlanner.because(point.reason(), point.engine(), request.profile()))));
        return new SweepPlan(4 * cores, rungs, new MatrixPlanner.Plan(runs, skipped));
    }

    /** The sizes {@code workload} is swept at; none, with the reason in {@code skipped}, when it is not CPU work or has none. */
    private static List<Integer> sweepSizes(WorkloadDescriptor workload, RunRequest request, List<LeftOut> skipped) {
        List<Integer> sizes = request.sizes().isEmpty() ? workload.granularity() : request.sizes();
        if (workload.kind() != Kind.CPU) {
            skipped.add(new LeftOut(workload.name(), Reason.NOT_CPU_WORK, workload.kind()
                    + " work; the size sweep is for CPU work"));
            return List.of();
        }
        if (sizes.isEmpty()) {
            skipped.add(new LeftOut(workload.name(), Reason.NO_SWEEP_SIZES,
                    "no sweep sizes; give --size or declare @Workload(granularity = \"...\")"));
        }
        return MatrixPlanner.checkSizes(workload, sizes);
    }

    /** Plans one rung on every engine at the thread counts each takes; the others go to {@code leftOut}. */
    private static void planRung(Rung rung, List<EngineType> engines, List<Integer> threads, List<PlannedRun> runs,
            Map<LeftOutRung, TreeSet<Integer>> leftOut) {
        for (EngineType engine : engines) {
            List<Integer> kept = new ArrayList<>();
            for (int n : threads) {
                Reason reason = MatrixPlanner.beyondEngine(engine, n, rung.tasks());
                if (reason == null) {
                    kept.add(n);
                } else {
                    leftOut.computeIfAbsent(new LeftOutRung(rung.workload(), engine, n, reason), k -> new TreeSet<>())
                            .add(rung.size());
                }
            }
            if (!kept.isEmpty()) {
                runs.add(new PlannedRun(rung.workload(), engine, kept, rung.tasks(), rung.size()));
            }
        }
    }

    /** A thread count of an engine left out of a workload's sweep, and why. */
    private record LeftOutRung(String workload, EngineType engine, int threads, Reason reason) {
    }

    /**
     * Tasks per batch for a task of {@code seconds}: {@value #BATCH_MILLIS} ms of work, snapped to
     * the nearest step of 1, 2, 5, 10, 20 … (on a log scale), so that a timing a little off gives
     * the same plan and two runs' points match in {@code compare}; then kept within 4 × cores and
     * {@value #MAX_TASKS}.
     */
    int tasks(double seconds) {
        double fitting = seconds > 0 ? BATCH_MILLIS / 1e3 / seconds : MAX_TASKS;
        double decade = Math.pow(10, Math.floor(Math.log10(Math.max(1, fitting))));
        double snapped = decade;
        for (double step : new double[] {2, 5, 10}) {
            if (Math.abs(Math.log(fitting / (step * decade))) < Math.abs(Math.log(fitting / snapped))) {
                snapped = step * decade;
            }
        }
        return (int) Math.max(4L * cores, Math.min(MAX_TASKS, Math.round(snapped)));
    }
}
