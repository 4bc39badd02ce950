package dev.boundbench.launcher;

import dev.boundbench.engine.EngineType;
import dev.boundbench.workload.Kind;
import dev.boundbench.workload.WorkloadCatalog;
import dev.boundbench.workload.WorkloadDescriptor;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
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
                Each group (a workload at one size: its engines and thread counts) is measured
                side by side in one JVM, in rounds of every configuration in a random order, so
                that every ratio divides times measured in the same seconds.
                First one task of each workload and size is timed (a second at most) and the
                run's length estimated; a run estimated at over 4 x what its points take at the
                default sizes and tasks stops there, unless --yes. Ctrl-C or SIGTERM stops the
                run with a report of the points measured so far, marked partial.

                Filters (each a comma list; default: everything the profile plans):
                  --workload fib,sleep     workloads (see --list)
                  --engine virtual,...     engines (see --list)
                  --threads 1,2,8          thread counts, replacing each workload's ladder
                  --tasks 16               tasks per batch (one JMH operation is one batch)
                  --size 25                workload sizes (meaning per workload, see --list;
                                           mixed: the I/O share in %, 0 to 100)
                  --profile quick          quick | standard | full (default quick)
                  --sweep size             the granularity sweep: each CPU workload at every size of
                                           its sweep ladder (or --size), one thread and the core
                                           count, the batch sized to the task (see --list)
                  JMH regex                other benchmarks, e.g. Process; the matrix runs
                                           when none is given or one matches ScalingBenchmark
                Other:
                  --list                   workloads, engines and profiles, then exit
                  --dry-run                print the plan and its estimate, measure nothing
                  --yes                    run even when the estimate is over the limit
                  --unpaired               measure each point alone (ScalingBenchmark), not in
                                           its group; its ratios are then unpaired
                  --results-dir DIR        where run folders are made (default results)
                  --python PATH            the CPython engines' interpreter (default python3 on the PATH)
                  -- ARGS                  passed to JMH as is, e.g. -- -prof gc -f 3
                """;
    }

    static String list(WorkloadCatalog catalog, MatrixPlanner planner, int cores) {
        StringBuilder text = new StringBuilder("Workloads (threads: the ladder on this machine, ")
                .append(cores).append(" cores; size: a sweep where it lists several):\n");
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"name", "kind", "size", "threads", "tasks", "size means"});
        for (WorkloadDescriptor w : catalog.all()) {
            rows.add(new String[] {w.name(), w.kind().name(), w.sizesText(),
                w.ladder(cores).stream().map(String::valueOf).collect(Collectors.joining(",")),
                String.valueOf(planner.defaultTasks(w)),
                w.sizeMeaning() + (w.onlyWhenNamed() ? "; run only when named: --workload " + w.name() : "")});
        }
        int[] widths = {12, 4, 8, 20, 6};
        rows.forEach(r -> {
            for (int c = 0; c < widths.length; c++) {
                widths[c] = Math.max(widths[c], r[c].length());
            }
        });
        for (String[] r : rows) {
            text.append(' ');
            for (int c = 0; c < widths.length; c++) {
                text.append(' ').append(r[c]).append(" ".repeat(widths[c] - r[c].length()));
            }
            text.append(' ').append(r[widths.length]).append('\n');
        }
        text.append("Size sweep (--sweep size; the sizes of each CPU workload, smallest task first):\n");
        for (WorkloadDescriptor w : catalog.all()) {
            if (w.kind() == Kind.CPU) {
                text.append(String.format(Locale.ROOT, "  %-12s %s%n", w.name(), w.granularity().isEmpty()
                        ? "none declared; give --size" : w.granularity().stream().map(String::valueOf)
                                .collect(Collectors.joining(","))));
            }
        }
        text.append("Engines (cpython-*: in the quick and standard profiles only when named with --engine):\n");
        int width = Arrays.stream(EngineType.values()).mapToInt(e -> e.id().length()).max().orElse(0);
        for (EngineType engine : EngineType.values()) {
            text.append(String.format(Locale.ROOT, "  %-" + width + "s %s%n", engine.id(), engine.description()));
        }
        text.append("Profiles:\n");
        for (Profile profile : Profile.values()) {
            text.append(String.format(Locale.ROOT, "  %-9s %s%n", profile.id(), profile.describe()));
        }
        return text.toString();
    }
}
