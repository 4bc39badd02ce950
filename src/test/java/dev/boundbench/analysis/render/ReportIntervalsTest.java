package dev.boundbench.analysis.render;

import static dev.boundbench.analysis.JmhJson.params;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.boundbench.analysis.JmhJson;
import dev.boundbench.analysis.stats.Estimate;
import dev.boundbench.analysis.stats.Scale;
import dev.boundbench.analysis.verdict.Analyzer;
import dev.boundbench.analysis.verdict.RunAnalysis;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the report says about how its intervals were made. */
class ReportIntervalsTest {

    @TempDir
    Path dir;

    private RunAnalysis analyze(double[][] raw) {
        JmhJson json = new JmhJson();
        for (String engine : List.of("A", "B")) {
            for (int threads : new int[] {1, 2}) {
                json.add("b.B.m", "avgt", "ms/op", params("workload", "w", "engine", engine, "threads",
                        Integer.toString(threads)), 10.0 / threads, 0.1, raw);
            }
        }
        return Analyzer.analyze(List.of(json.write(dir.resolve("results.json"))), Scale.DEFAULT);
    }

    private static String markdown(RunAnalysis analysis) {
        return MarkdownReport.markdown(analysis, Collections.nCopies(analysis.workloads().size(), null));
    }

    /** How many of {@code ratios} were made by {@code method}. */
    private static long made(List<Estimate> ratios, Estimate.Method method) {
        return ratios.stream().filter(e -> e.method() == method).count();
    }

    @Test
    void markdown_withoutRawData_saysRatiosFellBack() {
        RunAnalysis analysis = analyze(null);

        List<Estimate> ratios = TrustSection.ratios(analysis);
        assertEquals(5, ratios.size(), "2 speedups, 2 vs sequential, 1 margin");
        assertEquals(5, made(ratios, Estimate.Method.JMH_ERROR));
        String md = markdown(analysis);
        assertTrue(md.contains(TrustSection.intervals(analysis)), md);
        assertTrue(md.contains("speedup [99.9% CI]"), md);
    }

    @Test
    void markdown_withRawData_bootstrapsEveryRatio() {
        RunAnalysis analysis = analyze(new double[][] {{10, 10.2}, {9.9, 10.1}, {10.05, 9.95}});

        List<Estimate> ratios = TrustSection.ratios(analysis);
        assertEquals(5, ratios.size());
        assertEquals(5, made(ratios, Estimate.Method.BOOTSTRAP));
        assertEquals(0, ratios.stream().filter(Estimate::paired).count());
        String md = markdown(analysis);
        assertTrue(md.contains(TrustSection.intervals(analysis)), md);
        assertTrue(md.contains(ControlSection.pairing(ratios)), md);
        assertTrue(md.contains("speedup [95% unpaired CI]"), md);
    }
}
