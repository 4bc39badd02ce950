package dev.boundbench.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
        assertEquals(List.of(), analysis.warnings());
        assertEquals(1001, Files.readAllLines(dir.resolve(Report.CSV_FILE)).size());
        assertEquals(25, Files.list(dir.resolve("charts")).count());
    }
}
