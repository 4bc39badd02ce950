package dev.boundbench.analysis.stats;

import static dev.boundbench.analysis.JmhJson.params;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.boundbench.analysis.JmhJson;
import dev.boundbench.analysis.read.BenchmarkResult;
import dev.boundbench.analysis.read.RawSamples;
import dev.boundbench.analysis.read.ResultsReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Speedups, intervals, Karp–Flatt and the sequential baseline of curves. */
class CurveAnalyzerTest {

    @TempDir
    Path dir;

    private List<CurveStats> analyze(JmhJson json, Scale scale, List<String> warnings) {
        List<BenchmarkResult> results = ResultsReader.read(json.write(dir.resolve("r.json"))).results();
        SequentialBaselines baselines = SequentialBaselines.of(results, scale);
        List<CurveStats> curves = new ArrayList<>();
        for (Curve c : Curves.group(results, scale, warnings)) {
            curves.add(CurveAnalyzer.analyze(c, baselines, warnings));
        }
        return curves;
    }

    @Test
    void analyze_timeMode_speedupIsT1OverTn() {
        JmhJson json = new JmhJson()
                .add("b.B.m", "avgt", "ms/op", params("engine", "POOL", "threads", "1"), 100, 0)
                .add("b.B.m", "avgt", "ms/op", params("engine", "POOL", "threads", "4"), 40, 0);

        PointStats four = analyze(json, Scale.DEFAULT, new ArrayList<>()).get(0).points().get(1);

        assertEquals(2.5, four.speedup().value(), 1e-12);
        assertEquals(0.625, four.efficiency().value(), 1e-12);
        // Karp–Flatt: (1/2.5 − 1/4) / (1 − 1/4) = 0.2
        assertEquals(0.2, four.karpFlatt().value(), 1e-12);
    }

    @Test
    void analyze_throughputModeWithoutRawData_speedupIntervalByIntervalArithmetic() {
        JmhJson json = new JmhJson()
                .add("b.B.m", "thrpt", "ops/ms", params("threads", "1"), 10, 1, null)
                .add("b.B.m", "thrpt", "ops/ms", params("threads", "2"), 18, 1, null);

        PointStats two = analyze(json, Scale.DEFAULT, new ArrayList<>()).get(0).points().get(1);

        assertEquals(1.8, two.speedup().value(), 1e-12);
        assertEquals(17.0 / 11, two.speedup().low(), 1e-12, "lowest X(2) over highest X(1)");
        assertEquals(19.0 / 9, two.speedup().high(), 1e-12, "highest X(2) over lowest X(1)");
        assertEquals(Estimate.Method.JMH_ERROR, two.speedup().method());
        assertEquals(Estimate.Method.JMH_ERROR, two.karpFlatt().method());
    }

    @Test
    void analyze_withRawData_speedupIntervalFromBootstrap() {
        double[][] one = {{100, 102, 98}, {101, 99, 100}, {97, 103, 100}};
        double[][] four = {{40, 41, 39}, {42, 40, 41}, {39, 40, 38}};
        JmhJson json = new JmhJson()
                .add("b.B.m", "avgt", "ms/op", params("threads", "1"), 100, 1, one)
                .add("b.B.m", "avgt", "ms/op", params("threads", "4"), 40, 1, four);

        PointStats p = analyze(json, Scale.DEFAULT, new ArrayList<>()).get(0).points().get(1);

        Estimate expected = HierarchicalBootstrap.ratio(new RawSamples(List.of(one)), new RawSamples(List.of(four)));
        assertEquals(Estimate.Method.BOOTSTRAP, p.speedup().method());
        assertEquals(2.5, p.speedup().value(), 1e-12, "the scores' ratio");
        assertEquals(expected.low(), p.speedup().low(), 1e-12, "T(1)/T(4) bootstrapped from the forks");
        assertEquals(expected.high(), p.speedup().high(), 1e-12);
        assertEquals(p.speedup().low() / 4, p.efficiency().low(), 1e-12, "efficiency follows the speedup");
        assertEquals(CurveAnalyzer.karpFlatt(p.speedup().high(), 4), p.karpFlatt().low(), 1e-12);
    }

    @Test
    void analyze_timeIntervalWithoutRawData_carriesScoreErrors() {
        JmhJson json = new JmhJson()
                .add("b.B.m", "avgt", "ms/op", params("threads", "1"), 100, 10, null)
                .add("b.B.m", "avgt", "ms/op", params("threads", "2"), 50, 5, null);

        Estimate s = analyze(json, Scale.DEFAULT, new ArrayList<>()).get(0).points().get(1).speedup();

        assertEquals(2, s.value(), 1e-12);
        assertEquals(90.0 / 55, s.low(), 1e-12);
        assertEquals(110.0 / 45, s.high(), 1e-12);
    }

    @Test
    void analyze_sequentialEngine_givesAbsoluteSpeedupAtSameOtherParams() {
        JmhJson json = new JmhJson()
                .add("b.B.m", "avgt", "ms/op", params("workload", "fib", "engine", "sequential", "threads", "1"), 100, 0)
                .add("b.B.m", "avgt", "ms/op", params("workload", "fib", "engine", "POOL", "threads", "1"), 125, 0)
                .add("b.B.m", "avgt", "ms/op", params("workload", "fib", "engine", "POOL", "threads", "2"), 62.5, 0)
                .add("b.B.m", "avgt", "ms/op", params("workload", "sleep", "engine", "POOL", "threads", "1"), 9, 0);
        List<String> warnings = new ArrayList<>();

        List<CurveStats> curves = analyze(json, Scale.DEFAULT, warnings);

        assertEquals(0.8, curves.get(1).points().get(0).vsSequential().value(), 1e-12, "costs 25 % at one thread");
        assertEquals(1.6, curves.get(1).points().get(1).vsSequential().value(), 1e-12, "against sequential at 1");
        assertFalse(curves.get(2).points().get(0).vsSequential().known(), "no sequential run for sleep");
        assertTrue(warnings.stream().noneMatch(w -> w.contains("engine=sequential")),
                "the sequential baseline's single point is no problem: " + warnings);
    }

    @Test
    void analyze_singlePoint_warnsNamingTheFile() {
        JmhJson json = new JmhJson().add("b.B.m", "avgt", "ms/op", params("engine", "POOL", "threads", "4"), 1, 0);
        List<String> warnings = new ArrayList<>();

        analyze(json, Scale.DEFAULT, warnings);

        assertEquals(List.of("r.json: B.m [avgt] (engine=pool) has a single point (threads=4): no curve to fit"),
                warnings);
    }

    @Test
    void analyze_noOneThreadPoint_warnsAndLeavesSpeedupUnknown() {
        JmhJson json = new JmhJson()
                .add("b.B.m", "avgt", "ms/op", params("threads", "10"), 10, 0)
                .add("b.B.m", "avgt", "ms/op", params("threads", "100"), 2, 0);
        List<String> warnings = new ArrayList<>();

        CurveStats curve = analyze(json, Scale.DEFAULT, warnings).get(0);

        assertFalse(curve.hasSpeedup());
        assertEquals(List.of("r.json: B.m [avgt] has no point at threads=1 (threads 10, 100): speedup, efficiency "
                + "and Karp–Flatt not computed; scores shown"), warnings);
    }

    @Test
    void group_otherNumericParam_scalesOnIt() {
        JmhJson json = new JmhJson()
                .add("b.B.m", "avgt", "ms/op", params("size", "1", "threads", "1"), 10, 0)
                .add("b.B.m", "avgt", "ms/op", params("size", "2", "threads", "1"), 20, 0)
                .add("b.B.m", "avgt", "ms/op", params("size", "1", "threads", "2"), 5, 0);

        List<CurveStats> curves = analyze(json, new Scale("size"), new ArrayList<>());

        assertEquals(2, curves.size(), "one curve per threads value");
        assertEquals(List.of(1.0, 2.0), curves.get(0).points().stream().map(PointStats::n).toList());
    }

    @Test
    void group_jmhThreads_scalesOnJmhThreadCount() {
        List<BenchmarkResult> results = new ArrayList<>();
        for (int t : new int[] {1, 2, 4}) {
            String json = new JmhJson().add("b.B.m", "thrpt", "ops/s", params(), 100.0 * t, 0).json()
                    .replace("\"threads\" : 1", "\"threads\" : " + t);
            results.addAll(ResultsReader.read(write("t" + t + ".json", json)).results());
        }

        List<Curve> curves = Curves.group(results, new Scale(Scale.JMH_THREADS), new ArrayList<>());

        assertEquals(1, curves.size());
        assertEquals(3, curves.get(0).points().size());
    }

    @Test
    void group_nonNumericScaleValue_warnsAndLeavesItOut() {
        JmhJson json = new JmhJson().add("b.B.m", "avgt", "ms/op", params("threads", "many"), 1, 0);
        List<String> warnings = new ArrayList<>();

        List<Curve> curves = Curves.group(ResultsReader.read(json.write(dir.resolve("r.json"))).results(),
                Scale.DEFAULT, warnings);

        assertTrue(curves.isEmpty());
        assertEquals(List.of("r.json: B.m [avgt] (threads=many) has a non-numeric threads \"many\" to scale on; it is in "
                + "results.csv but on no curve"), warnings);
    }

    private Path write(String name, String json) {
        try {
            return java.nio.file.Files.writeString(dir.resolve(name), json);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
