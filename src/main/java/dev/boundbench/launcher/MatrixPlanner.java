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
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Plans the sensible points of the matrix workload × engine × threads × tasks × size. Points that
 * make no sense are left out rather than run and failed: more threads than the engine takes
 * (sequential runs one), more threads than tasks, rungs the profile finds too slow, sweeps
 * ({@code mixed}'s I/O shares) that only a run naming them measures, and CPython engines that cannot
 * or should not run (see {@link CPythonPlanning}).
 */
public final class MatrixPlanner {

    /** Tasks per batch for IO workloads whose annotation names none. */
    static final int DEFAULT_IO_TASKS = 100;

    private final WorkloadCatalog catalog;
    private final int cores;
    private final CPythonPlanning cpython;

    /** A planner that asks the interpreter of the system properties, if a CPython engine needs it. */
    public MatrixPlanner(WorkloadCatalog catalog, int cores) {
        this(catalog, cores, () -> PythonCheck.probe(CPythonOptions.fromSystemProperties()));
    }

    /** @param python what the CPython engines would run on; asked only when one of them is still planned */
    MatrixPlanner(WorkloadCatalog catalog, int cores, Supplier<PythonCheck> python) {
        this.catalog = catalog;
        this.cores = cores;
        this.cpython = new CPythonPlanning(python);
    }

    /** The plan: runs to make and the points left out. */
    public record Plan(List<PlannedRun> runs, List<LeftOut> leftOut) {
        public Plan {
            runs = List.copyOf(runs);
            leftOut = List.copyOf(leftOut);
        }

        /** The points left out as the plan prints them, a line each. */
        public List<String> skipped() {
            return leftOut.stream().map(LeftOut::toString).toList();
        }

        /** Every point of the runs, one thread count each, in order. */
        public List<PlannedRun> points() {
            return runs.stream().flatMap(run -> run.threads().stream().map(run::at)).toList();
        }
    }

    /**
     * @throws UsageException for an unknown workload or engine, or a size past a workload's largest,
     *     naming it and the valid ones
     */
    public Plan plan(RunRequest request) {
        List<EngineType> engines = request.engines().isEmpty() ? Arrays.asList(EngineType.values())
                : request.engines().stream().map(MatrixPlanner::engine).toList();
        List<PlannedRun> runs = new ArrayList<>();
        List<LeftOut> skipped = new ArrayList<>();
        engines = cpython.engines(engines, request, skipped);
        for (WorkloadDescriptor workload : workloads(request, skipped)) {
            List<Integer> ladder = request.threads().isEmpty() ? workload.ladder(cores)
                    : request.threads().stream().sorted().toList();
            List<Integer> taskCounts = request.tasks().isEmpty() ? List.of(defaultTasks(workload)) : request.tasks();
            List<Integer> sizes = request.sizes().isEmpty() ? workload.sizes() : checkSizes(workload, request.sizes());
            for (EngineType engine : cpython.enginesFor(workload, engines, skipped)) {
                for (int tasks : taskCounts) {
                    for (int size : sizes) {
                        planPoint(workload, engine, ladder, tasks, size, request.profile(), runs, skipped);
                    }
                }
            }
        }
        return new Plan(runs, skipped);
    }

    /** The workloads named, else every one but those measured only when named (each one in {@code skipped}). */
    private List<WorkloadDescriptor> workloads(RunRequest request, List<LeftOut> skipped) {
        if (!request.workloads().isEmpty()) {
            return request.workloads().stream().map(this::workload).toList();
        }
        List<WorkloadDescriptor> workloads = new ArrayList<>();
        for (WorkloadDescriptor workload : catalog.all()) {
            if (workload.onlyWhenNamed()) {
                skipped.add(new LeftOut(workload.name(), Reason.ONLY_WHEN_NAMED, "measured only when named (--workload "
                        + workload.name() + "), its sizes " + workload.sizesText()
                        + " are a sweep too long for the default matrix"));
            } else {
                workloads.add(workload);
            }
        }
        return workloads;
    }

    /**
     * Adds one point (a workload on an engine at one task count and size) with the rungs of
     * {@code ladder} it keeps; the rungs left out, one entry per reason.
     */
    private static void planPoint(WorkloadDescriptor workload, EngineType engine, List<Integer> ladder, int tasks,
            int size, Profile profile, List<PlannedRun> runs, List<LeftOut> skipped) {
        List<Integer> threads = new ArrayList<>();
        Map<Reason, List<Integer>> leftOut = new LinkedHashMap<>();
        for (int n : ladder) {
            Reason reason = reasonToSkip(engine, n, tasks, profile);
            if (reason == null) {
                threads.add(n);
            } else {
                leftOut.computeIfAbsent(reason, r -> new ArrayList<>()).add(n);
            }
        }
        leftOut.forEach((reason, rungs) -> {
            LeftOut point = new LeftOut(workload.name() + " on " + engine.id() + ", threads "
                    + rungs.stream().map(String::valueOf).collect(Collectors.joining(","))
                    + " (tasks " + tasks + ")", reason, because(reason, engine, profile));
            // Every size of a sweep leaves out the same rungs: one entry says it.
            if (!skipped.contains(point)) {
                skipped.add(point);
            }
        });
        if (!threads.isEmpty()) {
            runs.add(new PlannedRun(workload.name(), engine, threads, tasks, size));
        }
    }

    /**
     * Tasks per batch when the user gives none: the annotation's, else 4 × cores for CPU work, one
     * per thread of the ladder's top rung for mixed work, {@value #DEFAULT_IO_TASKS} for I/O work.
     */
    public int defaultTasks(WorkloadDescriptor workload) {
        if (workload.tasks() > 0) {
            return workload.tasks();
        }
        return switch (workload.kind()) {
            case CPU -> 4 * cores;
            case MIXED -> Kind.MIXED_THREADS_PER_CORE * cores;
            case IO -> DEFAULT_IO_TASKS;
        };
    }

    /** @throws UsageException for a size past the workload's range, naming it and the range */
    static List<Integer> checkSizes(WorkloadDescriptor workload, List<Integer> sizes) {
        try {
            sizes.forEach(workload::checkSize);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        return sizes;
    }

    private static Reason reasonToSkip(EngineType engine, int threads, int tasks, Profile profile) {
        Reason beyondEngine = beyondEngine(engine, threads, tasks);
        if (beyondEngine != null) {
            return beyondEngine;
        }
        int tasksPerThread = (tasks + threads - 1) / threads;
        return tasksPerThread > profile.maxTasksPerThread() ? Reason.TOO_SLOW_FOR_PROFILE : null;
    }

    /** Why {@code engine} cannot run {@code tasks} tasks on {@code threads} threads, or null when it can. */
    static Reason beyondEngine(EngineType engine, int threads, int tasks) {
        if (threads > engine.maxThreads()) {
            return Reason.ENGINE_LIMIT;
        }
        if (threads > tasks) {
            return Reason.MORE_THREADS_THAN_TASKS;
        }
        return null;
    }

    /** A rung's {@code reason} to be left out in words, for {@code engine} in {@code profile}. */
    static String because(Reason reason, EngineType engine, Profile profile) {
        return switch (reason) {
            case ENGINE_LIMIT -> engine.id() + " takes at most " + engine.maxThreads();
            case MORE_THREADS_THAN_TASKS -> "more threads than tasks";
            case TOO_SLOW_FOR_PROFILE -> "over " + profile.maxTasksPerThread() + " tasks per thread, too slow for the "
                    + profile.id() + " profile";
            default -> throw new IllegalArgumentException("Not a reason to leave out a rung: " + reason);
        };
    }

    WorkloadDescriptor workload(String name) {
        try {
            return catalog.get(name);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
    }

    static EngineType engine(String name) {
        try {
            return EngineType.fromName(name);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
    }
}
