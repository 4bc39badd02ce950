package dev.boundbench.analysis.verdict;

import dev.boundbench.analysis.stats.CurveStats;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The engines of the two runtimes apart: CPython's (their names start with {@code cpython-} or
 * {@code CPYTHON_}: they run the workloads' Python twins) and the JVM's, ranked each among its own,
 * and the JVM's speed over CPython's for the same batch at the same thread count.
 */
public final class Runtimes {

    /** A CPython engine's JVM counterpart: the same way of running tasks, on the JVM. */
    private static final Map<String, String> COUNTERPARTS = Map.of("cpython-threads", "platform-pool",
            "cpython-processes", "process-pool", "cpython-asyncio", "virtual");

    private Runtimes() {
    }

    /** Whether {@code engine} runs in CPython. */
    public static boolean isCPython(String engine) {
        return normal(engine).startsWith("cpython-");
    }

    /** Whether the analysis holds engines of both runtimes. */
    public static boolean mixed(RunAnalysis analysis) {
        return analysis.curves().stream().anyMatch(c -> isCPython(c.curve().key().engine()))
                && analysis.curves().stream().anyMatch(c -> !isCPython(c.curve().key().engine()));
    }

    /**
     * The workloads with only the engines of one runtime, ranked among themselves; workloads with
     * none of its engines are left out.
     */
    public static List<Workload> only(List<Workload> workloads, boolean cpython) {
        List<Workload> kept = new ArrayList<>();
        for (Workload w : workloads) {
            List<CurveStats> curves = w.curves().stream()
                    .filter(c -> isCPython(c.curve().key().engine()) == cpython).toList();
            if (!curves.isEmpty()) {
                kept.add(Analyzer.workload(w.key(), w.name(), w.kind(), curves));
            }
        }
        return kept;
    }

    /**
     * How many times faster the JVM runs each CPython engine's batch at each thread count: against
     * its counterpart (cpython-threads: platform-pool, cpython-processes: process-pool,
     * cpython-asyncio: virtual) where that was measured at the same count, else against the fastest
     * JVM engine there.
     */
    public static List<RuntimeRatio> ratios(Workload w) {
        List<RuntimeRatio> ratios = new ArrayList<>();
        for (Ranking r : w.byScale()) {
            List<Contender> jvm = r.order().stream().filter(c -> !isCPython(c.engine())).toList();
            if (jvm.isEmpty()) {
                continue;
            }
            for (Contender python : r.order().stream().filter(c -> isCPython(c.engine()))
                    .sorted(Comparator.comparing(Contender::engine)).toList()) {
                String counterpart = COUNTERPARTS.get(normal(python.engine()));
                Contender against = jvm.stream().filter(c -> normal(c.engine()).equals(counterpart)).findFirst()
                        .orElse(jvm.get(0));
                ratios.add(ratio(r.n(), python, against));
            }
        }
        return ratios;
    }

    /** Each runtime at its best (any engine, any thread count): the JVM's speed over CPython's, if both ran. */
    public static Optional<RuntimeRatio> atBest(Workload w) {
        Optional<Contender> python = w.best().order().stream().filter(c -> isCPython(c.engine())).findFirst();
        Optional<Contender> jvm = w.best().order().stream().filter(c -> !isCPython(c.engine())).findFirst();
        if (python.isEmpty() || jvm.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(ratio(Double.NaN, python.get(), jvm.get()));
    }

    private static RuntimeRatio ratio(double n, Contender python, Contender jvm) {
        return new RuntimeRatio(n, python, jvm, Ranking.lead(jvm, python));
    }

    private static String normal(String engine) {
        return engine.toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
