package dev.boundbench.analysis;

import static dev.boundbench.analysis.JmhJson.params;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.boundbench.analysis.read.Warning;
import dev.boundbench.analysis.stats.CpuUse;
import dev.boundbench.analysis.stats.Disturbance;
import dev.boundbench.analysis.stats.Scale;
import dev.boundbench.analysis.verdict.Ranking;
import dev.boundbench.analysis.verdict.RunAnalysis;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The report sees disturbed points and says how many there were, or that nothing was measured. */
class DisturbanceReportTest {

    @TempDir
    Path dir;

    /** fib on A and B at 1 and 2 threads; B at 2 threads saw {@code foreignAtB2} cores of foreign CPU. */
    private RunAnalysis write(double foreignAtB2, boolean measured) throws IOException {
        JmhJson json = new JmhJson();
        String[][] points = {{"A", "1", "100"}, {"A", "2", "52"}, {"B", "1", "101"}, {"B", "2", "40"}};
        for (String[] p : points) {
            json.add("a.ScalingBenchmark.batch", "avgt", "ms/op", params("workload", "fib", "engine", p[0], "threads",
                    p[1]), Double.parseDouble(p[2]), 0.5);
            if (measured) {
                json.cpu(0.97 * Integer.parseInt(p[1]), p[0].equals("B") && p[1].equals("2") ? foreignAtB2 : 0.01, 0.1);
            }
        }
        json.write(dir.resolve("results.json"));
        Files.writeString(dir.resolve("environment.json"), "{\"cores\" : \"2\", \"workloadKinds\" : {\"fib\" : \"CPU\"}}");
        return Report.write(List.of(dir), dir, Scale.DEFAULT);
    }

    private String report() throws IOException {
        return Files.readString(dir.resolve(Report.REPORT_FILE));
    }

    private List<String> csv() throws IOException {
        return Files.readAllLines(dir.resolve(Report.CSV_FILE));
    }

    private static String column(List<String> csv, int row, String name) {
        int index = List.of(csv.get(0).split(",", -1)).indexOf(name);
        return csv.get(row).split(",", -1)[index];
    }

    @Test
    void write_disturbedPoint_marksItEverywhere() throws IOException {
        RunAnalysis analysis = write(0.4, true);

        assertEquals(new Disturbance(4, 4, 1, 0.4, 0.1), analysis.disturbance());
        String report = report();
        assertTrue(report.contains(analysis.disturbance().line()), report);
        assertTrue(report.contains("|       40.00 ⚠ |"), report);
        assertTrue(report.contains("\n⚠ disturbed:"), report);
        Ranking atTwo = analysis.workloads().get(0).byScale().stream().filter(r -> r.n() == 2).findFirst().orElseThrow();
        assertEquals("b", atTwo.winner().engine(), "the verdict at 2 threads");
        assertTrue(CpuUse.of(atTwo.winner().point().result(), analysis.environment()).disturbed(), "rests on b at 2");
        assertEquals(List.of("fib b (threads=2)"), analysis.warnings().stream()
                .filter(w -> w.kind() == Warning.Kind.DISTURBED).map(Warning::point).toList());
        List<String> csv = csv();
        assertEquals("true", column(csv, 4, "disturbed"));
        assertEquals("0.4", column(csv, 4, "foreign_cpu"));
        assertEquals("1.94", column(csv, 4, "cores_busy"));
        assertEquals("false", column(csv, 1, "disturbed"));
    }

    @Test
    void write_undisturbedRun_saysZeroOfN() throws IOException {
        RunAnalysis analysis = write(0.02, true);

        Disturbance disturbance = analysis.disturbance();
        assertEquals(4, disturbance.measured());
        assertEquals(0, disturbance.disturbed());
        assertFalse(disturbance.any());
        String report = report();
        assertTrue(report.contains(disturbance.line() + "."), report);
        assertFalse(report.contains("⚠"), report);
        assertTrue(analysis.warnings().stream().noneMatch(w -> w.kind() == Warning.Kind.DISTURBED),
                analysis.warningTexts().toString());
    }

    @Test
    void write_noCpuMetrics_saysNotMeasuredAndStillReports() throws IOException {
        RunAnalysis analysis = write(0, false);

        assertEquals(new Disturbance(4, 0, 0, Double.NaN, Double.NaN), analysis.disturbance());
        String report = report();
        assertTrue(report.contains(analysis.disturbance().line() + "."), report);
        assertTrue(report.contains("| not measured |"), report);
        Ranking atTwo = analysis.workloads().get(0).byScale().stream().filter(r -> r.n() == 2).findFirst().orElseThrow();
        assertEquals("b", atTwo.winner().engine(), "b at its best (2 threads) is the fastest point, unmarked");
        assertTrue(report.contains("**CPU-bound work → b**"), report);
        List<String> csv = csv();
        assertEquals("", column(csv, 4, "disturbed"));
        assertEquals("", column(csv, 4, "cores_busy"));
        assertEquals("", column(csv, 4, "foreign_cpu"));
    }
}
