package dev.boundbench.analysis.render;

import static dev.boundbench.analysis.JmhJson.params;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.boundbench.analysis.JmhJson;
import dev.boundbench.analysis.stats.Scale;
import dev.boundbench.analysis.verdict.Analyzer;
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
    private String headline(double a, double b, double error) throws Exception {
        JmhJson json = new JmhJson();
        json.add("b.B.m", "avgt", "ms/op", params("workload", "w", "engine", "sequential", "threads", "1"), 40, 0.4);
        json.add("b.B.m", "avgt", "ms/op", params("workload", "w", "engine", "A", "threads", "2"), a, error);
        json.add("b.B.m", "avgt", "ms/op", params("workload", "w", "engine", "B", "threads", "2"), b, error);
        json.write(dir.resolve("results.json"));
        Files.writeString(dir.resolve("environment.json"), "{\"workloadKinds\" : {\"w\" : \"cpu\"}}");
        List<String> bullets = Findings.whatThisRunShows(Analyzer.analyze(List.of(dir), Scale.DEFAULT));
        assertEquals(1, bullets.size(), bullets.toString());
        return bullets.get(0);
    }

    @Test
    void whatThisRunShows_clearLead_namesTheFastest() throws Exception {
        String line = headline(20, 30, 0.2);

        assertTrue(line.startsWith("**w** (CPU): fastest is a at 2 threads (20.00 ms/op), 2.00× ["), line);
        assertTrue(line.contains("; it beats the next engine, b at 2 threads, by 1.50× ["), line);
    }

    @Test
    void whatThisRunShows_leadInsideTheNoise_saysNoClearWinnerFirst() throws Exception {
        String line = headline(20, 21, 4);

        assertTrue(line.startsWith("**w** (CPU): no clear winner: the best mean is a at 2 threads (20.00 ms/op), 2.00× ["), line);
        assertTrue(line.contains(", but its lead over b at 2 threads is 1.05× ["), line);
        assertTrue(line.contains("], an interval that reaches 1 (a ≈ b"), line);
        assertTrue(!line.contains("fastest is"), line);
    }
}
