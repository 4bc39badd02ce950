package dev.boundbench.analysis.verdict;

import dev.boundbench.analysis.stats.Estimate;
import java.util.Comparator;
import java.util.List;

/**
 * Engines ordered from fastest to slowest at one scale value (or each at its best).
 *
 * @param n the scale value, or NaN when each engine is taken at its best
 * @param order the contenders, fastest first
 */
public record Ranking(double n, List<Contender> order) {

    /** Checks that there is someone to rank and freezes the list. */
    public Ranking {
        order = List.copyOf(order);
        if (order.isEmpty()) {
            throw new IllegalArgumentException("A ranking needs at least one contender");
        }
    }

    /** Ranks {@code contenders} by rate, fastest first; ties by engine name. */
    public static Ranking of(double n, List<Contender> contenders) {
        return new Ranking(n, contenders.stream()
                .sorted(Comparator.comparingDouble((Contender c) -> -c.rate().value()).thenComparing(Contender::engine))
                .toList());
    }

    /** The fastest. */
    public Contender winner() {
        return order.get(0);
    }

    /** The second fastest, or null when only one engine ran. */
    public Contender runnerUp() {
        return order.size() > 1 ? order.get(1) : null;
    }

    /** Whether the winner's interval lies clear of the runner-up's; false with one engine or unknown errors. */
    public boolean clear() {
        Contender second = runnerUp();
        return second != null && !winner().rate().overlaps(second.rate());
    }

    /** How many times faster the winner is than the runner-up, with its interval; unknown with one engine. */
    public Estimate margin() {
        Contender second = runnerUp();
        return second == null ? Estimate.UNKNOWN : winner().rate().over(second.rate());
    }

    /** The engines whose intervals overlap the winner's (the winner included): the tie, when not clear. */
    public List<String> tied() {
        return order.stream().filter(c -> c == winner() || c.rate().overlaps(winner().rate()))
                .map(Contender::engine).toList();
    }
}
