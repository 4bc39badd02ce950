package dev.boundbench.analysis.verdict;

import static dev.boundbench.analysis.JmhJson.params;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.boundbench.analysis.JmhJson;
import dev.boundbench.analysis.stats.Estimate;
import dev.boundbench.analysis.stats.Scale;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Rankings, clear winners, ties and crossovers of a workload's engines. */
class AnalyzerTest {

    @TempDir
    Path dir;

    private Workload only(JmhJson json) throws Exception {
        json.write(dir.resolve("results.json"));
        Files.writeString(dir.resolve("environment.json"), "{\"workloadKinds\" : {\"w\" : \"io\"}}");
        RunAnalysis analysis = Analyzer.analyze(List.of(dir), Scale.DEFAULT);
        assertEquals(1, analysis.workloads().size());
        return analysis.workloads().get(0);
    }

    private static JmhJson point(JmhJson json, String engine, int threads, double ms, double error) {
        return json.add("b.B.m", "avgt", "ms/op", params("workload", "w", "engine", engine, "threads",
                Integer.toString(threads)), ms, error);
    }

    @Test
    void analyze_orderChanges_findsCrossover() throws Exception {
        JmhJson json = new JmhJson();
        point(json, "A", 1, 10, 0.1);
        point(json, "B", 1, 20, 0.1);
        point(json, "A", 10, 8, 0.1);
        point(json, "B", 10, 4, 0.1);

        Workload w = only(json);

        assertEquals("IO", w.kind(), "kind from environment.json, upper case");
        assertEquals("a", w.byScale().get(0).winner().engine(), "engine A as users type it");
        assertTrue(w.byScale().get(0).clear());
        assertEquals(2, w.byScale().get(0).margin().value(), 1e-12);
        assertEquals(List.of(new Crossover(1, "a", 10, "b")), w.crossovers());
        assertEquals("b", w.best().winner().engine());
        assertEquals(10, w.best().winner().point().n());
    }

    @Test
    void analyze_overlappingIntervals_noClearWinner() throws Exception {
        JmhJson json = new JmhJson();
        point(json, "A", 1, 10, 1);
        point(json, "B", 1, 10.5, 1);
        point(json, "C", 1, 30, 1);

        Ranking r = only(json).byScale().get(0);

        assertFalse(r.clear());
        assertEquals(List.of("a", "b"), r.tied());
    }

    /** 3 forks × 4 iterations around {@code ms}: fork offsets of ±{@code spread}, iterations ±spread/2. */
    private static JmhJson sampled(JmhJson json, String engine, double ms, double spread) {
        double[][] raw = new double[3][];
        for (int f = 0; f < 3; f++) {
            double fork = ms + (f - 1) * spread;
            raw[f] = new double[] {fork - spread / 2, fork + spread / 2, fork + spread / 2, fork - spread / 2};
        }
        // JMH's 99.9 % errors are wide on purpose: the bootstrap decides, not their overlap.
        return json.add("b.B.m", "avgt", "ms/op", params("workload", "w", "engine", engine, "threads", "1"), ms,
                ms * 0.1, raw);
    }

    @Test
    void ranking_bootstrapMarginAboveOne_clear() throws Exception {
        JmhJson json = new JmhJson();
        sampled(json, "A", 10, 0.02);
        sampled(json, "B", 10.5, 0.02);

        Ranking r = only(json).byScale().get(0);

        assertEquals(Estimate.Method.BOOTSTRAP, r.margin().method());
        assertTrue(r.margin().above(1), r.margin().toString());
        assertTrue(r.clear());
        assertEquals(List.of("a"), r.tied());
        assertTrue(r.winner().rate().overlaps(r.runnerUp().rate()), "JMH's 99.9 % errors alone would call a tie");
    }

    @Test
    void ranking_bootstrapMarginHoldsOne_notClear() throws Exception {
        JmhJson json = new JmhJson();
        sampled(json, "A", 10, 0.5);
        sampled(json, "B", 10.5, 0.5);
        sampled(json, "C", 30, 0.5);

        Ranking r = only(json).byScale().get(0);

        assertEquals(Estimate.Method.BOOTSTRAP, r.margin().method());
        assertFalse(r.clear(), r.margin().toString());
        assertEquals(List.of("a", "b"), r.tied());
    }

    @Test
    void ranking_withoutRawData_fallsBackToJmhErrors() throws Exception {
        JmhJson json = new JmhJson();
        json.add("b.B.m", "avgt", "ms/op", params("workload", "w", "engine", "A", "threads", "1"), 10, 0.1, null);
        json.add("b.B.m", "avgt", "ms/op", params("workload", "w", "engine", "B", "threads", "1"), 10.5, 0.1, null);

        Ranking r = only(json).byScale().get(0);

        assertEquals(Estimate.Method.JMH_ERROR, r.margin().method());
        assertEquals(10.6 / 9.9, r.margin().high(), 1e-12, "interval arithmetic on the errors");
        assertTrue(r.clear(), "the 99.9 % intervals do not overlap");
    }

    @Test
    void analyze_throughput_higherWins() throws Exception {
        JmhJson json = new JmhJson()
                .add("b.B.m", "thrpt", "ops/s", params("engine", "A", "threads", "1"), 10, 0.1)
                .add("b.B.m", "thrpt", "ops/s", params("engine", "B", "threads", "1"), 20, 0.1);

        assertEquals("b", only(json).byScale().get(0).winner().engine());
    }

    @Test
    void analyze_noEnvironment_kindUnknown() throws Exception {
        point(new JmhJson(), "A", 1, 10, 0.1).write(dir.resolve("x/results.json"));

        RunAnalysis analysis = Analyzer.analyze(List.of(dir.resolve("x")), Scale.DEFAULT);

        assertEquals("kind unknown", analysis.workloads().get(0).kind());
    }
}
