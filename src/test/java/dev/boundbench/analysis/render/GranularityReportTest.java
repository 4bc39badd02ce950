package dev.boundbench.analysis.render;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.boundbench.analysis.GranularityRun;
import dev.boundbench.analysis.Report;
import dev.boundbench.analysis.stats.Scale;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The report's granularity section, from a small synthetic size sweep with known crossings. */
class GranularityReportTest {

    private static final Pattern SPACES = Pattern.compile(" +");

    @TempDir
    Path dir;

    /** The report of {@link GranularityRun}, its table padding squeezed to single spaces. */
    private String report() throws Exception {
        Path json = GranularityRun.write(dir.resolve("in/results.json"));
        Report.write(List.of(json), dir.resolve("out"), Scale.DEFAULT);
        return SPACES.matcher(Files.readString(dir.resolve("out/report.md"), StandardCharsets.UTF_8)).replaceAll(" ");
    }

    @Test
    void report_sweep_getsASectionWithChartSpeedupsAndThresholds() throws Exception {
        String md = report();

        assertTrue(md.contains("\n## Granularity: the smallest task worth running concurrently\n"), md);
        assertTrue(md.contains("\n### fib\n\n`fib` at 4 sizes: one task takes 1.00 µs … 1.00 ms on the `sequential`"
                + " engine (its score over the batch's tasks), in batches of 1000 … 8 tasks. Speedups at 2 threads."), md);
        assertTrue(md.contains("![fib: speedup against task time](charts/granularity-fib.svg)"), md);
        assertTrue(Files.size(dir.resolve("out/charts/granularity-fib.svg")) > 1000);
        assertTrue(md.contains("| size | tasks | task time | platform-pool | virtual | thread-per-task |"), md);
        assertTrue(md.contains("| 10 | 1000 | 1.00 µs | 0.500× ["), md);
        assertTrue(md.contains("| 25 | 8 | 1.00 ms | 1.90× ["), md);
        assertTrue(md.contains("| engine | threads | break-even task time [95% CI] | 90 % of ideal (0.9 × threads)"
                + " [95% CI] | cost per task at 1 thread [95% CI] | measured at |"), md);
        // Break-even 10^-4.5 s, 90 % of ideal 10^(-4 + 6/7) s, 0.2 µs a task at one thread on the 1 µs rung.
        assertTrue(Pattern.compile("\\| platform-pool \\| 2 \\| 31\\.6 µs \\[[^]]+] \\| 720 µs \\[[^]]+] \\| 200 ns"
                + " \\[[^]]+] \\| 1\\.00 µs \\|").matcher(md).find(), md);
        assertTrue(Pattern.compile("\\| virtual \\| 2 \\| < 1\\.00 µs \\[< 1\\.00 µs, < 1\\.00 µs] \\| 72\\.0 µs"
                + " \\[[^]]+] \\| n/a \\| \\|").matcher(md).find(), md);
        assertTrue(md.contains("| thread-per-task | 2 | not reached (> 1.00 ms) [> 1.00 ms, > 1.00 ms] | not reached"
                + " (> 1.00 ms) [> 1.00 ms, > 1.00 ms] | n/a | |"), md);
        assertTrue(md.indexOf("## Granularity") < md.indexOf("## Warnings"));
    }

    @Test
    void report_withoutASweep_hasNoGranularitySection() throws Exception {
        Path json = new dev.boundbench.analysis.JmhJson().add("b.B.m", "avgt", "ms/op", dev.boundbench.analysis.JmhJson
                .params("workload", "fib", "engine", "SEQUENTIAL", "threads", "1", "tasks", "8", "size", "30"), 10, 0.1)
                .write(dir.resolve("one/results.json"));

        Report.write(List.of(json), dir.resolve("one"), Scale.DEFAULT);

        String md = Files.readString(dir.resolve("one/report.md"), StandardCharsets.UTF_8);
        assertFalse(md.contains("Granularity"), md);
        assertFalse(Files.exists(dir.resolve("one/charts/granularity-fib.svg")));
    }
}
