package dev.boundbench.analysis.verdict;

import dev.boundbench.analysis.stats.CurveKey;
import dev.boundbench.analysis.stats.CurveStats;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * One workload of the run: the curves of every engine at the same other parameters, with the
 * verdicts on them.
 *
 * @param key what the curves share (their key without the engine)
 * @param name the workload's name: its {@code workload} parameter, else the benchmark's short name
 * @param kind the kind of work from the environment ({@code CPU}, {@code IO}) or {@code kind unknown}
 * @param curves one curve per engine, in order of first appearance
 * @param byScale the ranking at each scale value, ascending
 * @param crossovers where the clear winner changes, ascending
 * @param best each engine at its best scale value, ranked
 */
public record Workload(CurveKey key, String name, String kind, List<CurveStats> curves, List<Ranking> byScale,
        List<Crossover> crossovers, Ranking best) {

    /** Checks that nothing is missing and freezes the lists. */
    public Workload {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(best, "best");
        curves = List.copyOf(curves);
        byScale = List.copyOf(byScale);
        crossovers = List.copyOf(crossovers);
    }

    /** The engine of {@code curve}, one of this workload's; the workload's name for a curve without one. */
    public String engineOf(CurveStats curve) {
        String engine = curve.curve().key().engine();
        return engine.isEmpty() ? name : engine;
    }

    /** The name and the machine, e.g. {@code fib on 1 core}; the name alone on the only machine. */
    public String nameOnMachine() {
        return key.machine().isEmpty() ? name : name + " on " + key.machine();
    }

    /** The name with the other shared parameters and the machine, e.g. {@code fib (tasks=8, size=30) on 1 core}. */
    public String title() {
        return key.machine().isEmpty() ? titleOnAnyMachine() : titleOnAnyMachine() + " on " + key.machine();
    }

    /** The name with the other shared parameters, without the machine: {@code fib (tasks=8, size=30)}. */
    public String titleOnAnyMachine() {
        return title(name, key);
    }

    /** {@code name} with the parameters of {@code key} but the workload and engine, and JMH's threads. */
    static String title(String name, CurveKey key) {
        String rest = key.params().entrySet().stream()
                .filter(e -> !e.getKey().equals(CurveKey.WORKLOAD) && !e.getKey().equals(CurveKey.ENGINE))
                .map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(", "));
        if (key.jmhThreads() > 1) {
            rest = rest.isEmpty() ? "jmh threads=" + key.jmhThreads() : rest + ", jmh threads=" + key.jmhThreads();
        }
        return rest.isEmpty() ? name : name + " (" + rest + ")";
    }
}
