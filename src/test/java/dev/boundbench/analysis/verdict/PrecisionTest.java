package dev.boundbench.analysis.verdict;

import static dev.boundbench.analysis.JmhJson.params;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.boundbench.analysis.JmhJson;
import dev.boundbench.analysis.stats.CurveStats;
import dev.boundbench.analysis.stats.Estimate;
import dev.boundbench.analysis.stats.PointStats;
import dev.boundbench.analysis.stats.Scale;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The widths of a run's speedup intervals, by kind of work. */
class PrecisionTest {

    @TempDir
    Path dir;

    @Test
    void relativeHalfWidth_isHalfTheIntervalOverTheValue() {
        assertEquals(10, Precision.relativeHalfWidth(new Estimate(2, 1.8, 2.2)), 1e-12);
        assertEquals(25, Precision.relativeHalfWidth(new Estimate(2, 1.5, 2.5, Estimate.Method.BOOTSTRAP)), 1e-12);
        assertTrue(Double.isNaN(Precision.relativeHalfWidth(new Estimate(2, 1, Double.POSITIVE_INFINITY))));
        assertTrue(Double.isNaN(Precision.relativeHalfWidth(new Estimate(2, Double.NaN, Double.NaN))));
    }

    @Test
    void kindWidths_medianWideCountAndLine() {
        Precision.KindWidths cpu = new Precision.KindWidths("CPU", new double[] {28, 3.0, 12, 11.9});

        assertArrayEquals(new double[] {3.0, 11.9, 12, 28}, cpu.widthsPercent());
        assertEquals(11.95, cpu.median(), 1e-12);
        assertEquals(3, cpu.wide());
        assertEquals(4, cpu.widthsPercent().length);
        Precision.KindWidths io = new Precision.KindWidths("IO", new double[] {0.54});
        assertEquals(0.54, io.median(), 1e-12);
        assertEquals(0, io.wide());
        assertTrue(io.describe().startsWith("IO: 1 speedup,"), io.describe());
    }

    @Test
    void of_groupsTheSpeedupsAboveOneThreadByKind() throws Exception {
        JmhJson json = new JmhJson();
        for (String workload : List.of("fib", "sleep")) {
            for (String engine : List.of("sequential", "pool")) {
                json.add("b.B.m", "avgt", "ms/op", params("workload", workload, "engine", engine, "threads", "1"), 40, 2);
            }
            json.add("b.B.m", "avgt", "ms/op", params("workload", workload, "engine", "pool", "threads", "2"), 21, 3);
            json.add("b.B.m", "avgt", "ms/op", params("workload", workload, "engine", "pool", "threads", "4"), 12, 0.5);
        }
        json.write(dir.resolve("results.json"));
        Files.writeString(dir.resolve("environment.json"), "{\"workloadKinds\" : {\"fib\" : \"cpu\", \"sleep\" : \"io\"}}");

        RunAnalysis analysis = Analyzer.analyze(List.of(dir), Scale.DEFAULT);
        Precision precision = analysis.precision();

        assertEquals(List.of("CPU", "IO"), precision.kinds().stream().map(Precision.KindWidths::kind).toList());
        CurveStats pool = analysis.workloads().get(0).curves().stream()
                .filter(c -> c.curve().key().engine().equals("pool")).findFirst().orElseThrow();
        double[] expected = pool.points().stream().filter(p -> p.n() > 1).map(PointStats::speedup)
                .mapToDouble(Precision::relativeHalfWidth).sorted().toArray();
        assertEquals(2, expected.length, "threads 2 and 4; the one-thread points and the sequential engine have none");
        assertTrue(expected[0] > 0, "a real interval");
        assertArrayEquals(expected, precision.kinds().get(0).widthsPercent(), 1e-12);
        assertEquals(2, precision.kinds().get(1).widthsPercent().length, "sleep's pool at 2 and 4 threads");
        assertTrue(precision.line().contains(precision.kinds().get(0).describe() + "; "
                + precision.kinds().get(1).describe()), precision.line());
    }

    @Test
    void line_withoutSpeedups_saysSo() {
        Precision none = new Precision(List.of());
        assertTrue(none.kinds().isEmpty());
        assertTrue(none.line().contains("no speedup"), none.line());
    }
}
