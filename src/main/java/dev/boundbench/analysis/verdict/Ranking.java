package dev.boundbench.analysis.verdict;

import dev.boundbench.analysis.stats.Estimate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Engines ordered from fastest to slowest at one scale value (or each at its best).
 *
 * @param n the scale value, or NaN when each engine is taken at its best
 * @param order the contenders, fastest first
 * @param margin how many times faster the winner is than the runner-up, with its interval
 *     ({@link Estimate#rateRatio}); unknown with one engine
 * @param tied the engines whose speed ratio to the winner has an interval reaching 1, the winner
 *     first: the tie, when the winner is not clear
 */
public record Ranking(double n, List<Contender> order, Estimate margin, List<String> tied) {

    /** Checks that there is someone to rank and freezes the lists. */
    public Ranking {
        order = List.copyOf(order);
        tied = List.copyOf(tied);
        Objects.requireNonNull(margin, "margin");
        if (order.isEmpty()) {
            throw new IllegalArgumentException("A ranking needs at least one contender");
        }
    }

    /** Ranks {@code contenders} by rate, fastest first (ties by engine name), and judges the winner's lead. */
    public static Ranking of(double n, List<Contender> contenders) {
        List<Contender> order = contenders.stream()
                .sorted(Comparator.comparingDouble((Contender c) -> -c.rate().value()).thenComparing(Contender::engine))
                .toList();
        Contender winner = order.get(0);
        List<Estimate> leads = order.stream().map(c -> c == winner ? Estimate.UNKNOWN : lead(winner, c)).toList();
        List<String> tied = new ArrayList<>();
        for (int i = 0; i < order.size(); i++) {
            if (i == 0 || !leads.get(i).above(1)) {
                tied.add(order.get(i).engine());
            }
        }
        return new Ranking(n, order, order.size() > 1 ? leads.get(1) : Estimate.UNKNOWN, tied);
    }

    /** The winner's rate over {@code other}'s: bootstrapped from raw samples where both have them. */
    static Estimate lead(Contender winner, Contender other) {
        var a = winner.point().result();
        var b = other.point().result();
        if (!a.primary().unit().equals(b.primary().unit()) || a.direction() != b.direction()) {
            return winner.rate().over(other.rate());
        }
        return Estimate.rateRatio(a.primary(), b.primary(), a.direction());
    }

    /** The fastest. */
    public Contender winner() {
        return order.get(0);
    }

    /** The second fastest, or null when only one engine ran. */
    public Contender runnerUp() {
        return order.size() > 1 ? order.get(1) : null;
    }

    /** Whether the winner is clearly faster: the margin's interval lies above 1; false with one engine or unknown errors. */
    public boolean clear() {
        return margin.above(1);
    }
}
