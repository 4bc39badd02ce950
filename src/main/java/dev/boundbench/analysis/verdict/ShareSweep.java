package dev.boundbench.analysis.verdict;

import dev.boundbench.analysis.stats.CurveKey;
import dev.boundbench.analysis.stats.CurveStats;
import dev.boundbench.analysis.stats.PointStats;
import dev.boundbench.analysis.stats.TextbookThreads;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * A mixed workload (kind MIXED, its size the I/O share in percent) measured at several shares: at each
 * share the engines ranked at their fastest thread count, each engine's best thread count beside the
 * textbook's, and where the fastest engine changes along the share.
 *
 * @param name the workload's name
 * @param key what every share's curves have in common: their key without the engine and the size
 * @param cores the cores the run could use (environment.json), NaN when it does not say
 * @param shares one entry per share, ascending
 * @param crossovers where the clear winner changes, along the share in percent
 */
public record ShareSweep(String name, CurveKey key, double cores, List<Share> shares, List<Crossover> crossovers) {

    /** Checks that nothing is missing and freezes the lists. */
    public ShareSweep {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(key, "key");
        shares = List.copyOf(shares);
        crossovers = List.copyOf(crossovers);
        if (shares.isEmpty()) {
            throw new IllegalArgumentException("A share sweep needs at least one share");
        }
    }

    /** The name with the other shared parameters, e.g. {@code mixed (tasks=32)}. */
    public String title() {
        String rest = key.params().entrySet().stream()
                .filter(e -> !e.getKey().equals(CurveKey.WORKLOAD))
                .map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(", "));
        return rest.isEmpty() ? name : name + " (" + rest + ")";
    }

    /** The engines in order of first appearance over the shares. */
    public List<String> engines() {
        return shares.stream().flatMap(s -> s.engines().stream().map(EngineThreads::engine)).distinct().toList();
    }

    /** Every thread count measured at any share, ascending. */
    public List<Double> threadCounts() {
        return shares.stream().flatMap(s -> s.workload().curves().stream())
                .flatMap(c -> c.points().stream().map(PointStats::n)).distinct().sorted().toList();
    }

    /** The textbook's best thread count at {@code share}: cores / (1 − share), NaN when the cores are unknown. */
    public double textbookThreads(Share share) {
        return Double.isNaN(cores) ? Double.NaN : TextbookThreads.of(cores, share.percent() / 100);
    }

    /**
     * The workload at one I/O share.
     *
     * @param percent the I/O share, 0 to 100
     * @param workload the workload's section at this share (its curves and rankings by threads)
     * @param ranking every engine at its fastest thread count, fastest first; its {@code n} is the share
     * @param engines each engine's thread counts, in the order of the workload's curves
     */
    public record Share(double percent, Workload workload, Ranking ranking, List<EngineThreads> engines) {

        /** Checks the share and freezes the list. */
        public Share {
            Objects.requireNonNull(workload, "workload");
            Objects.requireNonNull(ranking, "ranking");
            engines = List.copyOf(engines);
            if (!(percent >= 0 && percent <= 100)) {
                throw new IllegalArgumentException("An I/O share runs from 0 to 100 %, got " + percent);
            }
        }

        /** The entry of {@code engine}, or null when it was not measured at this share. */
        public EngineThreads of(String engine) {
            return engines.stream().filter(e -> e.engine().equals(engine)).findFirst().orElse(null);
        }
    }

    /**
     * One engine's best thread count at one share.
     *
     * @param engine the engine's name as the rankings give it
     * @param curve its curve at this share
     * @param fastest its fastest point
     * @param fewest the fewest threads whose time is not clearly longer than the fastest's (the 95 %
     *     interval of their speed ratio reaches 1): where adding threads stops paying
     */
    public record EngineThreads(String engine, CurveStats curve, PointStats fastest, double fewest) {

        /** Checks that nothing is missing. */
        public EngineThreads {
            Objects.requireNonNull(engine, "engine");
            Objects.requireNonNull(curve, "curve");
            Objects.requireNonNull(fastest, "fastest");
        }

        /** How many thread counts were measured. */
        public int measured() {
            return curve.points().size();
        }

        /** The point at {@code threads}, or null when that count was not measured. */
        public PointStats at(double threads) {
            return curve.points().stream().filter(p -> p.n() == threads).findFirst().orElse(null);
        }
    }
}
