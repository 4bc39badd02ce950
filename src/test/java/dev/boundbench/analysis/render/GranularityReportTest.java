package dev.boundbench.analysis.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.boundbench.analysis.GranularityRun;
import dev.boundbench.analysis.Report;
import dev.boundbench.analysis.stats.Scale;
import dev.boundbench.analysis.verdict.GranularitySweep;
import dev.boundbench.analysis.verdict.RunAnalysis;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The report's granularity section, from a small synthetic size sweep with known crossings. */
class GranularityReportTest {

    @TempDir
    Path dir;

    @Test
    void report_sweep_getsASectionWithChartSpeedupsAndThresholds() throws Exception {
        Path json = GranularityRun.write(dir.resolve("in/results.json"));
        RunAnalysis analysis = Report.write(List.of(json), dir.resolve("out"), Scale.DEFAULT);
        String md = Files.readString(dir.resolve("out/report.md"), StandardCharsets.UTF_8);

        GranularitySweep sweep = analysis.granularity().get(0);
        assertEquals(1, analysis.granularity().size());
        assertTrue(md.contains("\n### " + sweep.title() + "\n"), md);
        assertTrue(md.contains("(charts/granularity-fib.svg)"), md);
        assertTrue(Files.size(dir.resolve("out/charts/granularity-fib.svg")) > 1000);
        assertEquals(List.of("platform-pool", "virtual", "thread-per-task"),
                sweep.curves().stream().map(GranularitySweep.EngineCurve::engine).toList());
        assertTrue(sweep.curves().stream().allMatch(c -> c.threads() == 2), "speedups at 2 threads");
        List<Double> poolSpeedups = sweep.curves().get(0).points().stream().map(p -> p.speedup().value()).toList();
        assertEquals(GranularityRun.PLATFORM_POOL.length, poolSpeedups.size());
        for (int i = 0; i < poolSpeedups.size(); i++) {
            assertEquals(GranularityRun.PLATFORM_POOL[i], poolSpeedups.get(i), 1e-9, "rung " + i);
        }
        GranularitySweep.EngineCurve virtual = sweep.curves().get(1);
        assertTrue(virtual.breakEven().belowLadder(), "faster than sequential even at 1 µs");
        assertEquals(Math.pow(10, -5 + 6.0 / 7), virtual.nearIdeal().value(), 1e-12, "1.8× between 1.5× and 1.85×");
        GranularitySweep.EngineCurve perTask = sweep.curves().get(2);
        assertTrue(perTask.nearIdeal().aboveLadder());
        assertEquals(List.of("platform-pool"), List.copyOf(sweep.overheads().keySet()), "no one-thread point but its");
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
