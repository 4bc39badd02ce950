package dev.boundbench.analysis.render;

import static dev.boundbench.analysis.JmhJson.params;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.boundbench.analysis.JmhJson;
import dev.boundbench.analysis.stats.Scale;
import dev.boundbench.analysis.verdict.Analyzer;
import dev.boundbench.analysis.verdict.Ranking;
import dev.boundbench.analysis.verdict.RunAnalysis;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The report's headline per workload: a winner named only when its lead is clear. */
class FindingsTest {

    @TempDir
    Path dir;

    /** Sequential at 40 ms; engine A at 2 threads in {@code a} ms, B at 2 threads in {@code b} ms, each ±{@code error}. */
    private RunAnalysis analyze(double a, double b, double error) throws Exception {
        JmhJson json = new JmhJson();
        json.add("b.B.m", "avgt", "ms/op", params("workload", "w", "engine", "sequential", "threads", "1"), 40, 0.4);
        json.add("b.B.m", "avgt", "ms/op", params("workload", "w", "engine", "A", "threads", "2"), a, error);
        json.add("b.B.m", "avgt", "ms/op", params("workload", "w", "engine", "B", "threads", "2"), b, error);
        json.write(dir.resolve("results.json"));
        Files.writeString(dir.resolve("environment.json"), "{\"workloadKinds\" : {\"w\" : \"cpu\"}}");
        return Analyzer.analyze(List.of(dir), Scale.DEFAULT);
    }

    /** The one headline of {@code analysis}. */
    private static String headline(RunAnalysis analysis) {
        List<String> bullets = Findings.whatThisRunShows(analysis);
        assertEquals(1, bullets.size(), bullets.toString());
        return bullets.get(0);
    }

    @Test
    void whatThisRunShows_clearLead_namesTheFastest() throws Exception {
        RunAnalysis analysis = analyze(20, 30, 0.2);

        Ranking best = analysis.workloads().get(0).best();
        assertTrue(best.clear());
        assertEquals("a", best.winner().engine());
        assertEquals(2, best.winner().point().n());
        assertEquals(20, best.winner().point().score().value(), 1e-9);
        assertEquals(2.0, best.winner().point().vsSequential().value(), 1e-9, "40 ms over 20 ms");
        assertEquals("b", best.runnerUp().engine());
        assertEquals(1.5, best.margin().value(), 1e-9, "30 ms over 20 ms");
        String line = headline(analysis);
        assertTrue(line.startsWith("**w** (CPU): fastest is a"), line);
    }

    @Test
    void whatThisRunShows_leadInsideTheNoise_saysNoClearWinnerFirst() throws Exception {
        RunAnalysis analysis = analyze(20, 21, 4);

        Ranking best = analysis.workloads().get(0).best();
        assertFalse(best.clear());
        assertEquals("a", best.winner().engine());
        assertEquals(2.0, best.winner().point().vsSequential().value(), 1e-9);
        assertEquals(1.05, best.margin().value(), 1e-9, "21 ms over 20 ms");
        assertTrue(best.margin().low() <= 1, "the margin's interval reaches 1: " + best.margin());
        assertEquals(List.of("a", "b", "sequential"), best.tied());
        String line = headline(analysis);
        assertTrue(line.startsWith("**w** (CPU): no clear winner"), line);
        assertFalse(line.contains("fastest is"), line);
    }
}
