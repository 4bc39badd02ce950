package dev.boundbench.analysis.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;

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

    /** The warnings for {@code points}, analysed into curves as the report does. */
    private static List<String> warnings(BenchmarkResult... points) {
        List<BenchmarkResult> results = List.of(points);
        List<String> ignored = new ArrayList<>();
        SequentialBaselines baselines = SequentialBaselines.of(results, Scale.DEFAULT);
        List<CurveStats> curves = Curves.group(results, Scale.DEFAULT, ignored).stream()
                .map(curve -> CurveAnalyzer.analyze(curve, baselines, ignored)).toList();
        return OneThreadCheck.warnings(curves).stream().map(Warning::text).toList();
    }

    @Test
    void warnings_forkJoinAtOneThreadAsFastAsTen_fires() {
        assertEquals(List.of("results.json: ScalingBenchmark.batch [avgt] (engine=fork-join, tasks=10, threads=1,"
                + " workload=download): at threads = 1 it ran 8.20× as fast as the sequential engine, so it ran tasks"
                + " at once beyond its thread count (a ForkJoin pool adds a thread for each task blocked in a managed"
                + " wait, e.g. HttpClient.send); its speedup curve starts from that, not from one thread"),
                warnings(point("SEQUENTIAL", 1, 241), point("PLATFORM_POOL", 1, 240), point("FORK_JOIN", 1, 29.39),
                        point("FORK_JOIN", 10, 30.2)));
    }

    @Test
    void warnings_oneThreadWithinTheFactor_orNoSequentialPoint_staySilent() {
        assertEquals(List.of(), warnings(point("SEQUENTIAL", 1, 100), point("VIRTUAL", 1, 70),
                point("VIRTUAL", 2, 20)), "1.43× is noise or warm-up, under 1.5×");
        assertEquals(List.of(), warnings(point("FORK_JOIN", 1, 29), point("FORK_JOIN", 10, 30)));
    }
}
