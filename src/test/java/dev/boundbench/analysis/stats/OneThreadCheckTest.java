package dev.boundbench.analysis.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.boundbench.analysis.JmhJson;
import dev.boundbench.analysis.read.BenchmarkResult;
import dev.boundbench.analysis.read.Warning;
import dev.boundbench.analysis.read.Metric;
import dev.boundbench.analysis.read.Mode;
import dev.boundbench.analysis.read.RawSamples;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** One-thread points measured against the sequential engine: concurrency that the thread count hides. */
class OneThreadCheckTest {

    /** A point of {@code download} (10 tasks) on {@code engine} at {@code threads}, its batch taking {@code ms}. */
    private static BenchmarkResult point(String engine, int threads, double ms) {
        return new BenchmarkResult("results.json", "a.ScalingBenchmark.batch", Mode.AVERAGE_TIME, 1, 1,
                JmhJson.params("engine", engine, "tasks", "10", "threads", Integer.toString(threads), "workload",
                        "download"),
                new Metric(ms, 0.1, ms - 0.1, ms + 0.1, "ms/op", 5, RawSamples.NONE), Map.of(), "", "", "");
    }

    /** The curves of {@code points}, analysed as the report does. */
    private static List<CurveStats> curves(BenchmarkResult... points) {
        List<BenchmarkResult> results = List.of(points);
        List<String> ignored = new ArrayList<>();
        SequentialBaselines baselines = SequentialBaselines.of(results, Scale.DEFAULT);
        return Curves.group(results, Scale.DEFAULT, ignored).stream()
                .map(curve -> CurveAnalyzer.analyze(curve, baselines, ignored)).toList();
    }

    /** The warnings for {@code points}. */
    private static List<Warning> warnings(BenchmarkResult... points) {
        return OneThreadCheck.warnings(curves(points));
    }

    @Test
    void warnings_forkJoinAtOneThreadAsFastAsTen_fires() {
        BenchmarkResult forkJoin = point("FORK_JOIN", 1, 29.39);
        List<CurveStats> curves = curves(point("SEQUENTIAL", 1, 241), point("PLATFORM_POOL", 1, 240), forkJoin,
                point("FORK_JOIN", 10, 30.2));

        List<OneThreadCheck.FastOneThread> flagged = OneThreadCheck.flagged(curves);

        assertEquals(1, flagged.size());
        assertSame(forkJoin, flagged.get(0).point().result());
        assertEquals(241 / 29.39, flagged.get(0).point().vsSequential().value(), 1e-9);
        assertEquals("threads", flagged.get(0).scale());
        Warning warning = OneThreadCheck.warnings(curves).get(0);
        assertEquals(Warning.Kind.ONE_THREAD, warning.kind());
        assertEquals("download fork-join (tasks=10, threads=1)", warning.point());
        assertTrue(warning.text().contains(" ran 8.20× as fast as "), warning.text());
    }

    @Test
    void warnings_oneThreadWithinTheFactor_orNoSequentialPoint_staySilent() {
        assertEquals(List.of(), warnings(point("SEQUENTIAL", 1, 100), point("VIRTUAL", 1, 70),
                point("VIRTUAL", 2, 20)), "1.43× is noise or warm-up, under 1.5×");
        assertEquals(List.of(), warnings(point("FORK_JOIN", 1, 29), point("FORK_JOIN", 10, 30)));
    }
}
