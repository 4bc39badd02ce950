package dev.boundbench.launcher;

import dev.boundbench.analysis.stats.TextbookThreads;
import dev.boundbench.workload.Kind;
import dev.boundbench.workload.WorkloadCatalog;
import dev.boundbench.workload.WorkloadDescriptor;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The plan's line for each mixed workload: its sizes read as I/O shares, with the textbook's best
 * thread count at each on this machine, so a dry run shows what the sweep will test.
 */
final class ShareSweepNote {

    private ShareSweepNote() {
    }

    /** One line per mixed workload in {@code runs}, in order of first appearance. */
    static List<String> lines(List<PlannedRun> runs, WorkloadCatalog catalog, int cores) {
        Map<String, TreeSet<Integer>> shares = new LinkedHashMap<>();
        for (PlannedRun run : runs) {
            if (catalog.get(run.workload()).kind() == Kind.MIXED) {
                shares.computeIfAbsent(run.workload(), w -> new TreeSet<>()).add(run.size());
            }
        }
        return shares.entrySet().stream().map(e -> {
            WorkloadDescriptor workload = catalog.get(e.getKey());
            return workload.name() + " sizes (" + workload.sizeMeaning() + "): the textbook's best thread count,"
                    + " cores / (1 - share), on " + cores + (cores == 1 ? " core: " : " cores: ")
                    + e.getValue().stream().map(share -> share + " % -> "
                            + TextbookThreads.describe(cores, share / 100.0)).collect(Collectors.joining(", "));
        }).toList();
    }
}
