package dev.boundbench.analysis.stats;

import dev.boundbench.analysis.read.Warning;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Flags an engine whose one-thread point ran its batch much faster than the sequential engine (the
 * point's own "vs sequential"): it ran tasks at once beyond its thread count, so its speedup curve
 * starts from concurrency, not from one thread. A ForkJoin pool does this with tasks that block in
 * a managed wait — the JDK's {@code HttpClient.send} waits in {@code CompletableFuture.get}, and the
 * pool starts a compensating thread for each — so {@code download} on fork-join at one thread runs
 * ten downloads at once.
 */
public final class OneThreadCheck {

    /** A one-thread point this many times as fast as the sequential engine is flagged. */
    public static final double FACTOR = 1.5;

    private OneThreadCheck() {
    }

    /**
     * A one-thread point at least {@link #FACTOR} times as fast as the sequential engine.
     *
     * @param point the point; its {@code vsSequential} says how much faster
     * @param scale the name of its curve's scaling variable, e.g. {@code threads}
     */
    public record FastOneThread(PointStats point, String scale) {

        /** The warning naming the point. */
        public Warning warning() {
            return Warning.about(Warning.Kind.ONE_THREAD, point.result(), String.format(Locale.ROOT,
                    "at %s = 1 it ran %.2f× as fast as"
                    + " the sequential engine, so it ran tasks at once beyond its thread count (a ForkJoin"
                    + " pool adds a thread for each task blocked in a managed wait, e.g. HttpClient.send); its"
                    + " speedup curve starts from that, not from one thread", scale, point.vsSequential().value()));
        }
    }

    /** One warning per such point; silent where a point has no sequential engine to compare with. */
    public static List<Warning> warnings(List<CurveStats> curves) {
        return flagged(curves).stream().map(FastOneThread::warning).toList();
    }

    /** The one-thread points that ran as if on several threads; none where there is no sequential engine. */
    public static List<FastOneThread> flagged(List<CurveStats> curves) {
        List<FastOneThread> flagged = new ArrayList<>();
        for (CurveStats c : curves) {
            if (c.curve().key().engine().isEmpty() || c.curve().key().sequential()) {
                continue;
            }
            for (PointStats p : c.points()) {
                if (p.n() == 1 && p.vsSequential().known() && p.vsSequential().value() >= FACTOR) {
                    flagged.add(new FastOneThread(p, c.curve().scale().label()));
                }
            }
        }
        return flagged;
    }
}
