package dev.boundbench.analysis.stats;

import dev.boundbench.analysis.read.Direction;
import dev.boundbench.analysis.read.Metric;
import java.util.Locale;
import java.util.Map;

/** The time of one operation, in seconds, from a score in any of JMH's units ({@code ms/op}, {@code ops/us} …). */
public final class OperationTime {

    private static final Map<String, Double> SECONDS = Map.of("ns", 1e-9, "us", 1e-6, "µs", 1e-6, "ms", 1e-3,
            "s", 1.0, "min", 60.0, "hr", 3600.0, "day", 86_400.0);

    private OperationTime() {
    }

    /**
     * Seconds per operation of {@code metric}'s score: the score itself in seconds for a time
     * ({@code ms/op}), its inverse for a rate ({@code ops/ms}); NaN when the unit is neither or the
     * score not positive.
     */
    public static double seconds(Metric metric, Direction direction) {
        String unit = metric.unit().trim().toLowerCase(Locale.ROOT);
        int slash = unit.indexOf('/');
        if (slash < 0 || !(metric.score() > 0)) {
            return Double.NaN;
        }
        String time = direction == Direction.LOWER_IS_BETTER ? unit.substring(0, slash) : unit.substring(slash + 1);
        String op = direction == Direction.LOWER_IS_BETTER ? unit.substring(slash + 1) : unit.substring(0, slash);
        Double factor = SECONDS.get(time.trim());
        if (factor == null || !op.trim().startsWith("op")) {
            return Double.NaN;
        }
        return direction == Direction.LOWER_IS_BETTER ? metric.score() * factor : factor / metric.score();
    }
}
