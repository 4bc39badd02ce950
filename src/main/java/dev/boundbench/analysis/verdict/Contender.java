package dev.boundbench.analysis.verdict;

import dev.boundbench.analysis.stats.Estimate;
import dev.boundbench.analysis.stats.PointStats;
import java.util.Objects;

/**
 * One engine at one scale value, in a ranking.
 *
 * @param engine the engine's name as the run wrote it
 * @param point the point's numbers
 * @param rate the score as a rate (more is better), with its interval
 */
public record Contender(String engine, PointStats point, Estimate rate) {

    /** Checks that nothing is missing. */
    public Contender {
        Objects.requireNonNull(engine, "engine");
        Objects.requireNonNull(point, "point");
        Objects.requireNonNull(rate, "rate");
    }
}
