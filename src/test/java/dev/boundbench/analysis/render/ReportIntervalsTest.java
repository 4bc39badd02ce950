package dev.boundbench.analysis.render;

import static dev.boundbench.analysis.JmhJson.params;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.boundbench.analysis.JmhJson;
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

    private String report(double[][] raw) {
        JmhJson json = new JmhJson();
        for (String engine : List.of("A", "B")) {
            for (int threads : new int[] {1, 2}) {
                json.add("b.B.m", "avgt", "ms/op", params("workload", "w", "engine", engine, "threads",
                        Integer.toString(threads)), 10.0 / threads, 0.1, raw);
            }
        }
        RunAnalysis analysis = Analyzer.analyze(List.of(json.write(dir.resolve("results.json"))), Scale.DEFAULT);
        return MarkdownReport.markdown(analysis, Collections.nCopies(analysis.workloads().size(), null));
    }

    @Test
    void markdown_withoutRawData_saysRatiosFellBack() {
        String md = report(null);

        assertTrue(md.contains("unpaired ones by a hierarchical bootstrap of JMH's rawData"), md);
        assertTrue(md.contains("; 5 of 5 fell back to JMH's 99.9 % score errors"), md);
        assertTrue(md.contains("speedup [99.9% CI]"), md);
    }

    @Test
    void markdown_withRawData_bootstrapsEveryRatio() {
        String md = report(new double[][] {{10, 10.2}, {9.9, 10.1}, {10.05, 9.95}});

        assertTrue(md.contains("; 0 of 5 fell back"), md);
        assertTrue(md.contains("speedup [95% unpaired CI]"), md);
        assertTrue(md.contains("Ratios: 0 of 5 paired (measured side by side in rounds"), md);
    }
}
