package dev.boundbench.analysis.stats;

import dev.boundbench.analysis.read.BenchmarkResult;
import dev.boundbench.analysis.read.Direction;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;

/**
 * Flags an engine whose one-thread point ran its batch much faster than the sequential engine: it
 * ran tasks at once beyond its thread count, so its speedup curve starts from concurrency, not from
 * one thread. A ForkJoin pool does this with tasks that block in a managed wait — the JDK's
 * {@code HttpClient.send} waits in {@code CompletableFuture.get}, and the pool starts a compensating
 * thread for each — so {@code download} on fork-join at one thread runs ten downloads at once.
 */
public final class OneThreadCheck {

    /** A one-thread point this many times as fast as the sequential engine is flagged. */
    public static final double FACTOR = 1.5;

    private OneThreadCheck() {
    }

    /** One warning per such point; silent where there is no sequential point at one thread to compare with. */
    public static List<String> warnings(List<BenchmarkResult> results, SequentialBaselines baselines) {
        Scale scale = baselines.scale();
        List<String> warnings = new ArrayList<>();
        for (BenchmarkResult r : results) {
            CurveKey key = Curves.keyOf(r, scale);
            if (key.engine().isEmpty() || key.sequential() || !atOne(r, scale)) {
                continue;
            }
            BenchmarkResult sequential = baselines.baselineFor(key, 1);
            if (sequential == null || !atOne(sequential, scale)) {
                continue;
            }
            double speed = r.direction() == Direction.LOWER_IS_BETTER
                    ? sequential.primary().score() / r.primary().score()
                    : r.primary().score() / sequential.primary().score();
            if (Double.isFinite(speed) && speed >= FACTOR) {
                warnings.add(r.label() + String.format(Locale.ROOT, ": at %s = 1 it ran %.2f× as fast as the sequential"
                        + " engine, so it ran tasks at once beyond its thread count (a ForkJoin pool adds a thread"
                        + " for each task blocked in a managed wait, e.g. HttpClient.send); its speedup curve starts"
                        + " from that, not from one thread", scale.label(), speed));
            }
        }
        return warnings;
    }

    private static boolean atOne(BenchmarkResult r, Scale scale) {
        OptionalDouble n = scale.valueOf(r);
        return n.isPresent() && n.getAsDouble() == 1;
    }
}
