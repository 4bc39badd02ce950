package dev.boundbench.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code benchmarks/aa-control.sh --summary}: counts the A/A intervals that hold 1 and the
 * consecutive runs' ratios that agree, over all runs and over the runs with no disturbed point,
 * from run folders written here.
 */
class AaControlScriptTest {

    private static final String GROUP = "\"fib (size=30, tasks=8)\"";

    @Test
    void summary_countsAllRunsAndTheUndisturbedOnes(@TempDir Path root) throws Exception {
        run(root, "2026-01-01T00-00-01", false, "1.01,0.98,1.04", "1.80,1.75,1.85");
        run(root, "2026-01-01T00-00-02", false, "0.99,0.97,1.02", "1.82,1.78,1.86");
        run(root, "2026-01-01T00-00-03", true, "0.95,0.92,0.98", "1.60,1.55,1.65");

        List<String> lines = summary(root);

        assertEquals(List.of(
                "2026-01-01T00-00-01  A/A fib (size=30, tasks=8): 1.0100 [0.9800, 1.0400]  (no point disturbed)",
                "2026-01-01T00-00-02  A/A fib (size=30, tasks=8): 0.9900 [0.9700, 1.0200]  (no point disturbed)",
                "2026-01-01T00-00-03  A/A fib (size=30, tasks=8): 0.9500 [0.9200, 0.9800]  excludes 1"
                        + "  (1 point disturbed)",
                "Runs with no disturbed point: 2 of 3",
                "A/A intervals holding 1: 2 of 3 (66.7 %); in runs with no disturbed point: 2 of 2 (100.0 %)",
                "Consecutive runs' paired ratios that agree (within 5 % or overlapping): 3 of 4 (75.0 %);"
                        + " of two runs with no disturbed point: 2 of 2 (100.0 %)"), lines);
    }

    @Test
    void summary_withoutResultsCsv_saysDisturbanceIsUnknown(@TempDir Path root) throws Exception {
        Path folder = run(root, "2026-01-01T00-00-01", false, "1.01,0.98,1.04", "1.80,1.75,1.85");
        Files.delete(folder.resolve("results.csv"));

        List<String> lines = summary(root);

        assertEquals(List.of("2026-01-01T00-00-01  A/A fib (size=30, tasks=8): 1.0100 [0.9800, 1.0400]",
                "Disturbed points unknown: a run folder has no results.csv",
                "A/A intervals holding 1: 1 of 1 (100.0 %)",
                "Consecutive runs' paired ratios that agree (within 5 % or overlapping): 0 of 0"), lines);
    }

    @Test
    void summary_ofAFolderWithoutRuns_failsNamingIt(@TempDir Path root) throws Exception {
        Process process = start(root);
        String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), "the summary ended");
        assertEquals(1, process.exitValue());
        assertEquals("aa-control.sh: no run folder with a ratios.csv in " + root + "\n", err);
    }

    /** A run folder: its A/A ratio and one speedup (ratio,low,high), and one point, disturbed or not. */
    private static Path run(Path root, String name, boolean disturbed, String aa, String speedup) throws IOException {
        Path folder = Files.createDirectories(root.resolve(name));
        Files.write(folder.resolve("ratios.csv"), List.of("group,kind,config,baseline,ratio,low,high,paired",
                GROUP + ",a/a,platform-pool@2,platform-pool@2#2," + aa + ",true",
                GROUP + ",speedup,platform-pool@2,platform-pool@1," + speedup + ",true"));
        Files.write(folder.resolve("results.csv"), List.of("source,benchmark,disturbed",
                "results.json,dev.boundbench.bench.GroupBenchmark.round," + disturbed));
        return folder;
    }

    private static List<String> summary(Path folder) throws Exception {
        Process process = start(folder);
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), "the summary ended");
        assertEquals(0, process.exitValue(), err);
        return out.lines().toList();
    }

    private static Process start(Path folder) throws IOException {
        return new ProcessBuilder("bash", "benchmarks/aa-control.sh", "--summary", folder.toString()).start();
    }
}
