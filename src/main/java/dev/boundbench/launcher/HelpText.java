package dev.boundbench.launcher;

import dev.boundbench.engine.EngineType;
import dev.boundbench.workload.WorkloadCatalog;
import dev.boundbench.workload.WorkloadDescriptor;
import java.util.Locale;
import java.util.stream.Collectors;

/** The texts of {@code --help} and {@code --list}. */
final class HelpText {

    private HelpText() {
    }

    static String usage() {
        return """
                Usage: ./run-benchmarks.sh [options] [JMH regex...] [-- JMH options]
                       ./run-benchmarks.sh test | report <folder|json>... | compare <before> <after>

                Runs the scaling matrix (workload x engine x threads) with JMH and writes
                results/<timestamp>/: results.json (JMH JSON), console.log, environment.json.
                First one task of each workload and size is timed (a second at most) and the
                run's length estimated; a run estimated at over 4 x what its points take at the
                default sizes and tasks stops there, unless --yes. Ctrl-C or SIGTERM stops the
                run with a report of the points measured so far, marked partial.

                Filters (each a comma list; default: everything the profile plans):
                  --workload fib,sleep     workloads (see --list)
                  --engine virtual,...     engines (see --list)
                  --threads 1,2,8          thread counts, replacing each workload's ladder
                  --tasks 16               tasks per batch (one JMH operation is one batch)
                  --size 25                workload sizes (meaning per workload, see --list)
                  --profile quick          quick | standard | full (default quick)
                  JMH regex                other benchmarks, e.g. ProcessPool; the matrix runs
                                           when none is given or one matches ScalingBenchmark
                Other:
                  --list                   workloads, engines and profiles, then exit
                  --dry-run                print the plan and its estimate, measure nothing
                  --yes                    run even when the estimate is over the limit
                  --results-dir DIR        where run folders are made (default results)
                  -- ARGS                  passed to JMH as is, e.g. -- -prof gc -f 3
                """;
    }

    static String list(WorkloadCatalog catalog, MatrixPlanner planner, int cores) {
        StringBuilder text = new StringBuilder("Workloads (threads: the ladder on this machine, ")
                .append(cores).append(" cores):\n");
        String row = "  %-12s %-4s %-8s %-20s %-6s %s%n";
        text.append(String.format(Locale.ROOT, row, "name", "kind", "size", "threads", "tasks", "size means"));
        for (WorkloadDescriptor w : catalog.all()) {
            text.append(String.format(Locale.ROOT, row, w.name(), w.kind(), w.defaultSize(),
                    w.ladder(cores).stream().map(String::valueOf).collect(Collectors.joining(",")),
                    planner.defaultTasks(w), w.sizeMeaning()));
        }
        text.append("Engines:\n");
        for (EngineType engine : EngineType.values()) {
            text.append(String.format(Locale.ROOT, "  %-16s %s%n", engine.id(), engine.description()));
        }
        text.append("Profiles:\n");
        for (Profile profile : Profile.values()) {
            text.append(String.format(Locale.ROOT, "  %-9s %s%n", profile.id(), profile.describe()));
        }
        return text.toString();
    }
}
