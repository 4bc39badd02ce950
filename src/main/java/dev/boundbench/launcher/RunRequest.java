package dev.boundbench.launcher;

import java.nio.file.Path;
import java.util.List;

/**
 * What the user asked for on the command line, checked but not yet planned. Empty filter lists
 * mean "all" (or the workload's default).
 *
 * @param action what to do
 * @param workloads workload names to run, empty for all
 * @param engines engine names to run, empty for all
 * @param threads thread counts replacing each workload's ladder, empty for the ladder
 * @param tasks tasks per batch, empty for each workload's default
 * @param sizes sizes, empty for each workload's default
 * @param profile the measurement profile
 * @param sweep what the run sweeps: {@link Sweep#NONE} for the scaling matrix
 * @param regexes JMH regexes selecting benchmarks, empty for the scaling matrix
 * @param resultsRoot the folder under which each run makes its own folder
 * @param jmhArguments arguments after {@code --}, handed to JMH unchanged
 * @param python the interpreter of the CPython engines named by {@code --python}, or null for the default
 * @param yes whether to run even when the estimate is over the limit ({@code --yes})
 * @param unpaired whether each point runs alone ({@code --unpaired}) rather than in its paired group
 */
public record RunRequest(Action action, List<String> workloads, List<String> engines, List<Integer> threads,
                         List<Integer> tasks, List<Integer> sizes, Profile profile, Sweep sweep, List<String> regexes,
                         Path resultsRoot, List<String> jmhArguments, String python, boolean yes,
                         boolean unpaired) {

    /** What the launcher does. */
    public enum Action { RUN, DRY_RUN, LIST, HELP }

    public RunRequest {
        workloads = List.copyOf(workloads);
        engines = List.copyOf(engines);
        threads = List.copyOf(threads);
        tasks = List.copyOf(tasks);
        sizes = List.copyOf(sizes);
        regexes = List.copyOf(regexes);
        jmhArguments = List.copyOf(jmhArguments);
    }
}
