package dev.boundbench.analysis.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.boundbench.analysis.read.BenchmarkResult;
import dev.boundbench.analysis.read.Environment;
import dev.boundbench.analysis.read.Metric;
import dev.boundbench.analysis.read.Mode;
import dev.boundbench.analysis.read.RawSamples;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Which points are disturbed: foreign CPU always, steal on CPU work only. */
class CpuUseTest {

    private static final Environment KINDS = new Environment(Map.of(), Map.of("fib", "CPU", "file-copy", "IO"));

    @Test
    void disturbed_stealOnCpuWork_counts() {
        assertTrue(CpuUse.of(point("fib", 0.0, 5.0), KINDS).disturbed());
    }

    @Test
    void disturbed_stealOnIoWork_isShownNotJudged() {
        CpuUse cpu = CpuUse.of(point("file-copy", 0.0, 9.9), KINDS);
        assertFalse(cpu.disturbed());
        assertEquals(0.0, cpu.foreignCores());
        assertEquals(9.9, cpu.stealPercent());
        assertFalse(cpu.stealJudged(), "I/O work waits: steal takes nothing from it");
        assertTrue(cpu.disturbanceText().endsWith(" steal (not judged on I/O work)"), cpu.disturbanceText());
    }

    @Test
    void disturbed_foreignCpuOnIoWork_counts() {
        assertTrue(CpuUse.of(point("file-copy", 0.2, 0.0), KINDS).disturbed());
    }

    @Test
    void disturbed_foreignWithinTickNoise_isNot() {
        // Ten iterations read in ticks of 10 ms: a mean of 0.06 cores with a standard error of 0.033.
        BenchmarkResult noisy = point("fib", new double[] {0.0, 0.16, -0.05, 0.11, 0.0, 0.16, 0.05, -0.05, 0.22, 0.0}, 0);
        CpuUse cpu = CpuUse.of(noisy, KINDS);
        assertEquals(0.06, cpu.foreignCores(), 1e-9);
        assertFalse(cpu.disturbed(), cpu.disturbanceText());
        assertTrue(cpu.disturbanceText().startsWith("0.06 cores (± 0.03 s.e.) of foreign CPU"), cpu.disturbanceText());
    }

    @Test
    void disturbed_foreignClearlyAboveTheLimit_is() {
        BenchmarkResult busy = point("fib", new double[] {0.2, 0.36, 0.15, 0.31, 0.2, 0.36, 0.25, 0.15, 0.42, 0.2}, 0);
        assertTrue(CpuUse.of(busy, KINDS).disturbed());
    }

    @Test
    void disturbance_countsByKind() {
        Disturbance d = Disturbance.of(List.of(point("fib", 0.0, 5.0), point("file-copy", 0.0, 9.9),
                point("file-copy", 0.01, 0.0)), KINDS);
        assertEquals(3, d.measured());
        assertEquals(1, d.disturbed());
    }

    private static BenchmarkResult point(String workload, double foreign, double steal) {
        return point(workload, new double[] {foreign}, steal);
    }

    private static BenchmarkResult point(String workload, double[] foreign, double steal) {
        Map<String, Metric> secondary = new LinkedHashMap<>();
        double mean = java.util.Arrays.stream(foreign).average().orElseThrow();
        secondary.put(CpuUse.FOREIGN_METRIC, new Metric(mean, Double.NaN, Double.NaN, Double.NaN, "cores",
                foreign.length, new RawSamples(List.of(foreign))));
        secondary.put(CpuUse.STEAL_METRIC, metric(steal, "%"));
        secondary.put(CpuUse.BUSY_METRIC, metric(1.0, "cores"));
        return new BenchmarkResult("results.json", "dev.boundbench.bench.ScalingBenchmark.batch", Mode.AVERAGE_TIME, 1, 1,
                Map.of("workload", workload, "threads", "1"), metric(10, "ms/op"), secondary, "", "", "");
    }

    private static Metric metric(double score, String unit) {
        return new Metric(score, Double.NaN, Double.NaN, Double.NaN, unit, 1, RawSamples.NONE);
    }
}
