package dev.boundbench.analysis;

import static dev.boundbench.analysis.JmhJson.params;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.boundbench.analysis.stats.Disturbance;
import dev.boundbench.analysis.stats.Scale;
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
        assertTrue(report.contains("Disturbed points: 1 of 4 — foreign CPU up to 0.40 cores, steal up to 0.1 %: their "
                + "figures and the verdicts resting on them are not to be trusted."), report);
        assertTrue(report.contains("|       40.00 ⚠ |"), report);
        assertTrue(report.contains("\n⚠ disturbed: other processes used more than 0.05 cores"), report);
        assertTrue(report.contains("over a at 2 threads (rests on a disturbed point ⚠, not to be trusted)"), report);
        assertTrue(analysis.warningTexts().contains("results.json: ScalingBenchmark.batch [avgt] (workload=fib, engine=b, "
                + "threads=2): disturbed: 0.40 cores of foreign CPU on average (limit 0.05 cores) and 0.1 % steal "
                + "(limit 2 %) while it ran; its score is not to be trusted"), analysis.warningTexts().toString());
        List<String> csv = csv();
        assertEquals("true", column(csv, 4, "disturbed"));
        assertEquals("0.4", column(csv, 4, "foreign_cpu"));
        assertEquals("1.94", column(csv, 4, "cores_busy"));
        assertEquals("false", column(csv, 1, "disturbed"));
    }

    @Test
    void write_undisturbedRun_saysZeroOfN() throws IOException {
        RunAnalysis analysis = write(0.02, true);

        assertEquals("Disturbed points: 0 of 4 — foreign CPU ≤ 0.05 cores and steal ≤ 2 % throughout",
                analysis.disturbance().line());
        String report = report();
        assertTrue(report.contains("Disturbed points: 0 of 4 — foreign CPU ≤ 0.05 cores and steal ≤ 2 % throughout."),
                report);
        assertFalse(report.contains("⚠"), report);
        assertTrue(analysis.warningTexts().stream().noneMatch(w -> w.contains("disturbed")), analysis.warningTexts().toString());
    }

    @Test
    void write_noCpuMetrics_saysNotMeasuredAndStillReports() throws IOException {
        RunAnalysis analysis = write(0, false);

        assertEquals(new Disturbance(4, 0, 0, Double.NaN, Double.NaN), analysis.disturbance());
        String report = report();
        assertTrue(report.contains("Disturbed points: not measured (the results carry no ·cpu.foreign or ·cpu.steal "
                + "metrics)."), report);
        assertTrue(report.contains("| not measured |"), report);
        assertTrue(report.contains("**CPU-bound work → b** (fib): fastest at its best in every workload of this kind."),
                report);
        List<String> csv = csv();
        assertEquals("", column(csv, 4, "disturbed"));
        assertEquals("", column(csv, 4, "cores_busy"));
        assertEquals("", column(csv, 4, "foreign_cpu"));
    }
}
