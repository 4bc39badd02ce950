package dev.boundbench.launcher;

import dev.boundbench.engine.EngineType;
import dev.boundbench.workload.Kind;
import dev.boundbench.workload.WorkloadCatalog;
import dev.boundbench.workload.WorkloadDescriptor;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Plans the sensible points of the matrix workload × engine × threads × tasks × size. Points that
 * make no sense are left out rather than run and failed: more threads than the engine takes
 * (sequential runs one), more threads than tasks, and rungs the profile finds too slow.
 */
public final class MatrixPlanner {

    /** Tasks per batch for IO workloads whose annotation names none. */
    static final int DEFAULT_IO_TASKS = 100;

    private final WorkloadCatalog catalog;
    private final int cores;

    public MatrixPlanner(WorkloadCatalog catalog, int cores) {
        this.catalog = catalog;
        this.cores = cores;
    }

    /** The plan: runs to make and a line for every point left out. */
    public record Plan(List<PlannedRun> runs, List<String> skipped) {
        public Plan {
            runs = List.copyOf(runs);
            skipped = List.copyOf(skipped);
        }

        /** Every point of the runs, one thread count each, in order. */
        public List<PlannedRun> points() {
            return runs.stream().flatMap(run -> run.threads().stream().map(run::at)).toList();
        }
    }

    /**
     * @throws UsageException for an unknown workload or engine, naming it and the valid ones
     */
    public Plan plan(RunRequest request) {
        List<WorkloadDescriptor> workloads = request.workloads().isEmpty() ? catalog.all()
                : request.workloads().stream().map(this::workload).toList();
        List<EngineType> engines = request.engines().isEmpty() ? Arrays.asList(EngineType.values())
                : request.engines().stream().map(MatrixPlanner::engine).toList();
        List<PlannedRun> runs = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        for (WorkloadDescriptor workload : workloads) {
            List<Integer> ladder = request.threads().isEmpty() ? workload.ladder(cores)
                    : request.threads().stream().sorted().toList();
            List<Integer> taskCounts = request.tasks().isEmpty() ? List.of(defaultTasks(workload)) : request.tasks();
            List<Integer> sizes = request.sizes().isEmpty() ? List.of(workload.defaultSize()) : request.sizes();
            for (EngineType engine : engines) {
                for (int tasks : taskCounts) {
                    for (int size : sizes) {
                        List<Integer> threads = new ArrayList<>();
                        Map<String, List<Integer>> leftOut = new LinkedHashMap<>();
                        for (int n : ladder) {
                            String reason = reasonToSkip(engine, n, tasks, request.profile());
                            if (reason == null) {
                                threads.add(n);
                            } else {
                                leftOut.computeIfAbsent(reason, r -> new ArrayList<>()).add(n);
                            }
                        }
                        leftOut.forEach((reason, rungs) -> skipped.add(workload.name() + " on " + engine.id()
                                + ", threads " + rungs.stream().map(String::valueOf).collect(Collectors.joining(","))
                                + " (tasks " + tasks + "): " + reason));
                        if (!threads.isEmpty()) {
                            runs.add(new PlannedRun(workload.name(), engine, threads, tasks, size));
                        }
                    }
                }
            }
        }
        return new Plan(runs, skipped);
    }

    /** Tasks per batch when the user gives none: the annotation's, else 4 × cores for CPU work. */
    public int defaultTasks(WorkloadDescriptor workload) {
        if (workload.tasks() > 0) {
            return workload.tasks();
        }
        return workload.kind() == Kind.CPU ? 4 * cores : DEFAULT_IO_TASKS;
    }

    private static String reasonToSkip(EngineType engine, int threads, int tasks, Profile profile) {
        if (threads > engine.maxThreads()) {
            return engine.id() + " takes at most " + engine.maxThreads();
        }
        if (threads > tasks) {
            return "more threads than tasks";
        }
        int tasksPerThread = (tasks + threads - 1) / threads;
        if (tasksPerThread > profile.maxTasksPerThread()) {
            return "over " + profile.maxTasksPerThread() + " tasks per thread, too slow for the " + profile.id()
                    + " profile";
        }
        return null;
    }

    private WorkloadDescriptor workload(String name) {
        try {
            return catalog.get(name);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
    }

    private static EngineType engine(String name) {
        try {
            return EngineType.fromName(name);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
    }
}
