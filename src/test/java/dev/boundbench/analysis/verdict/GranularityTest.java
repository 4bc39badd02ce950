package dev.boundbench.analysis.verdict;

import static dev.boundbench.analysis.JmhJson.params;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.boundbench.analysis.GranularityRun;
import dev.boundbench.analysis.JmhJson;
import dev.boundbench.analysis.read.BenchmarkResult;
import dev.boundbench.analysis.read.Inputs;
import dev.boundbench.analysis.stats.Estimate;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Finding size sweeps among results, and what each engine's curve along task time says. */
class GranularityTest {

    @TempDir
    Path dir;

    private List<BenchmarkResult> read(Path file) {
        return Inputs.load(List.of(file)).loaded().results();
    }

    @Test
    void of_sweep_givesRungsCurvesAndCosts() {
        List<GranularitySweep> sweeps = Granularity.of(read(GranularityRun.write(dir.resolve("results.json"))));

        assertEquals(1, sweeps.size());
        GranularitySweep sweep = sweeps.get(0);
        assertEquals("fib", sweep.title());
        assertEquals(List.of(10.0, 15.0, 20.0, 25.0), sweep.rungs().stream().map(GranularitySweep.Rung::size).toList());
        assertEquals(List.of(1000, 100, 10, 8), sweep.rungs().stream().map(GranularitySweep.Rung::tasks).toList());
        for (int i = 0; i < 4; i++) {
            assertEquals(GranularityRun.TASK_MS[i] / 1e3, sweep.rungs().get(i).taskSeconds(), 1e-15);
        }
        assertEquals(List.of("platform-pool", "virtual", "thread-per-task"),
                sweep.curves().stream().map(GranularitySweep.EngineCurve::engine).toList());
        GranularitySweep.EngineCurve pool = sweep.curves().get(0);
        assertEquals(2, pool.threads());
        assertEquals(1, pool.breakEven().level());
        assertEquals(1.8, pool.nearIdeal().level(), 1e-12);
        assertEquals(Math.pow(10, -4.5), pool.breakEven().value(), 1e-12);
        assertEquals(Math.pow(10, -4 + 6.0 / 7), pool.nearIdeal().value(), 1e-9);
        assertTrue(pool.breakEven().hasInterval());
        assertEquals(Estimate.Method.BOOTSTRAP, pool.points().get(0).speedup().method());
        assertTrue(sweep.curves().get(1).breakEven().belowLadder());
        assertTrue(sweep.curves().get(2).breakEven().aboveLadder());

        GranularitySweep.Overhead cost = sweep.overheads().get("platform-pool");
        assertEquals(List.of("platform-pool"), List.copyOf(sweep.overheads().keySet()));
        assertEquals(0.2e-6, cost.perTaskSeconds().value(), 1e-15);
        assertTrue(cost.perTaskSeconds().low() < 0.2e-6 && cost.perTaskSeconds().high() > 0.2e-6);
        assertEquals(10.0, cost.rung().size());
    }

    @Test
    void of_sameSweepReadTwice_keepsOnePointPerRung() {
        Path file = GranularityRun.write(dir.resolve("results.json"));
        List<BenchmarkResult> twice = new java.util.ArrayList<>(read(file));
        twice.addAll(read(file));

        GranularitySweep sweep = Granularity.of(twice).get(0);

        assertEquals(4, sweep.rungs().size());
        assertEquals(4, sweep.curves().get(0).points().size());
        assertEquals(Math.pow(10, -4.5), sweep.curves().get(0).breakEven().value(), 1e-12);
    }

    @Test
    void of_matrixAtOneSize_isNoSweep() {
        JmhJson json = new JmhJson();
        for (String engine : List.of("SEQUENTIAL", "PLATFORM_POOL")) {
            json.add("b.B.m", "avgt", "ms/op", params("workload", "fib", "engine", engine, "threads", "1", "tasks",
                    "8", "size", "30"), 10, 0.1);
        }

        assertEquals(List.of(), Granularity.of(read(json.write(dir.resolve("matrix.json")))));
    }

    @Test
    void of_engineWithAnotherBatch_isLeftOutAtThatRung() {
        JmhJson json = new JmhJson();
        for (int size : new int[] {10, 20}) {
            json.add("b.B.m", "avgt", "us/op", params("workload", "w", "engine", "SEQUENTIAL", "threads", "1",
                    "tasks", "100", "size", Integer.toString(size)), size * 100.0, 1);
            json.add("b.B.m", "avgt", "us/op", params("workload", "w", "engine", "VIRTUAL", "threads", "2",
                    "tasks", size == 10 ? "50" : "100", "size", Integer.toString(size)), size * 60.0, 1);
        }

        GranularitySweep sweep = Granularity.of(read(json.write(dir.resolve("mixed.json")))).get(0);

        assertEquals(1, sweep.curves().get(0).points().size());
        assertEquals(20.0, sweep.curves().get(0).points().get(0).rung().size());
        assertEquals(20e-6, sweep.rungs().get(1).taskSeconds(), 1e-18, "2,000 µs over 100 tasks");
    }

    @Test
    void overhead_followsTheSpeedRatioWithItsBoundsSwapped() {
        Estimate cost = Granularity.overhead(new Estimate(0.5, 0.4, 1.0, Estimate.Method.BOOTSTRAP), 2e-6);

        assertEquals(2e-6, cost.value(), 1e-18);
        assertEquals(0, cost.low(), 1e-18);
        assertEquals(3e-6, cost.high(), 1e-18);
        assertEquals(Double.POSITIVE_INFINITY, Granularity.overhead(new Estimate(0.5, 0, 1.0), 2e-6).high());
    }
}
