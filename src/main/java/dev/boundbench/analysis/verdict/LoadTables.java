package dev.boundbench.analysis.verdict;

import dev.boundbench.analysis.read.BenchmarkResult;
import dev.boundbench.analysis.read.Mode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Benchmarks with a {@value #HOGS} parameter are latencies under a load (the fib server beside
 * clients that keep it busy with CPU-bound requests), not points of a scaling curve: they are
 * gathered into one {@link LoadTable} per benchmark class and set of other parameters, with a row
 * per number of hogs and a column group per benchmark method.
 */
public final class LoadTables {

    /** The parameter that counts the clients loading the server. */
    public static final String HOGS = "hogs";

    private LoadTables() {
    }

    /** What the rows of one table share. */
    private record Group(String benchmarkClass, Mode mode, int jmhThreads, Map<String, String> params) {
    }

    /** Whether {@code r} is measured under a load of hogs. */
    public static boolean applies(BenchmarkResult r) {
        return r.params().containsKey(HOGS);
    }

    /** The tables of every result under a load, in order of first appearance; problems go to {@code warnings}. */
    static List<LoadTable> of(List<BenchmarkResult> results, List<String> warnings) {
        Map<Group, Map<Double, Map<String, LoadCell>>> groups = new LinkedHashMap<>();
        Map<Group, Set<String>> methods = new LinkedHashMap<>();
        for (BenchmarkResult r : results) {
            if (!applies(r)) {
                continue;
            }
            double hogs;
            try {
                hogs = Double.parseDouble(r.params().get(HOGS).trim());
            } catch (NumberFormatException e) {
                warnings.add(r.label() + ": " + HOGS + " \"" + r.params().get(HOGS)
                        + "\" is not a number; it is in results.csv but in no load table");
                continue;
            }
            String name = r.benchmark();
            int dot = name.lastIndexOf('.');
            String method = name.substring(dot + 1);
            Map<String, String> rest = new LinkedHashMap<>(r.params());
            rest.remove(HOGS);
            Group key = new Group(name.substring(0, Math.max(0, dot)), r.mode(), r.threads(), rest);
            methods.computeIfAbsent(key, k -> new LinkedHashSet<>()).add(method);
            LoadCell earlier = groups.computeIfAbsent(key, k -> new TreeMap<>())
                    .computeIfAbsent(hogs, h -> new LinkedHashMap<>()).putIfAbsent(method, LoadCell.of(r));
            if (earlier != null) {
                warnings.add(r.label() + " appears twice; the load table keeps the one from " + earlier.result().source());
            }
        }
        List<LoadTable> tables = new ArrayList<>();
        groups.forEach((key, rows) -> tables.add(new LoadTable(key.benchmarkClass(), key.params(),
                List.copyOf(methods.get(key)), rows.entrySet().stream().map(e -> new LoadRow(e.getKey(), e.getValue()))
                        .toList())));
        return tables;
    }
}
