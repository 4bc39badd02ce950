package dev.boundbench.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.boundbench.analysis.stats.Scale;
import dev.boundbench.analysis.verdict.RunAnalysis;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A run of 1,000 benchmarks is analysed whole (its timing is measured outside the tests). */
class LargeRunTest {

    @TempDir
    Path dir;

    @Test
    void write_thousandBenchmarks_reportsEveryCurveAndRow() throws Exception {
        Path file = SyntheticRun.write(dir.resolve("results.json"), 25);

        RunAnalysis analysis = Report.write(List.of(file), dir, Scale.DEFAULT);

        assertEquals(1000, analysis.results().size());
        assertEquals(125, analysis.curves().size());
        assertEquals(25, analysis.workloads().size());
        // The synthetic iterations are noise (CV 2 %); a test at p < 0.01 calls a trend in a few of 1,000.
        List<String> notTrend = analysis.warningTexts().stream().filter(w -> !w.contains(": trend: ")).toList();
        assertEquals(List.of(), notTrend);
        assertTrue(analysis.warningTexts().size() <= 5, analysis.warningTexts().toString());
        assertEquals(1001, Files.readAllLines(dir.resolve(Report.CSV_FILE)).size());
        assertEquals(25, Files.list(dir.resolve("charts")).count());
    }
}
