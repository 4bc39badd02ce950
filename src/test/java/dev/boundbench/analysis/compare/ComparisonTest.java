package dev.boundbench.analysis.compare;

import static dev.boundbench.analysis.JmhJson.params;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.boundbench.analysis.JmhJson;
import dev.boundbench.analysis.read.BenchmarkResult;
import dev.boundbench.analysis.read.ResultsReader;
import dev.boundbench.analysis.stats.Estimate;
import dev.boundbench.analysis.stats.Scale;
import dev.boundbench.analysis.verdict.Analyzer;
import dev.boundbench.analysis.verdict.StatedRatio;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Judging two runs benchmark by benchmark, in both directions of units. */
class ComparisonTest {

    @TempDir
    Path dir;

    private List<BenchmarkResult> run(String name, String mode, String unit, double... scores) {
        JmhJson json = new JmhJson();
        for (int i = 0; i < scores.length; i++) {
            json.add("b.B.m", mode, unit, params("i", Integer.toString(i)), scores[i], scores[i] * 0.01);
        }
        return ResultsReader.read(json.write(dir.resolve(name))).results();
    }

    /** One benchmark of 3 forks × 10 iterations around {@code mean}, with a coefficient of variation {@code cv}. */
    private List<BenchmarkResult> sampled(String name, String mode, String unit, double mean, double cv, long seed) {
        Random random = new Random(seed);
        double[][] raw = new double[3][10];
        for (double[] fork : raw) {
            for (int i = 0; i < fork.length; i++) {
                fork[i] = mean * (1 + cv * random.nextGaussian());
            }
        }
        // Scale the noise so that the score is exactly the mean asked for.
        double drawn = Arrays.stream(raw).flatMapToDouble(Arrays::stream).average().orElseThrow();
        for (double[] fork : raw) {
            for (int i = 0; i < fork.length; i++) {
                fork[i] *= mean / drawn;
            }
        }
        JmhJson json = new JmhJson().add("b.B.m", mode, unit, params(), mean, mean * cv, raw);
        return ResultsReader.read(json.write(dir.resolve(name))).results();
    }

    @Test
    void compare_timeUnit_moreTimeIsSlower() {
        List<CompareRow> rows = Comparison.compare(run("a.json", "avgt", "ms/op", 10, 10, 10),
                run("b.json", "avgt", "ms/op", 12, 8, 10.01), 5, new ArrayList<>());

        assertEquals(List.of(Change.SLOWER, Change.FASTER, Change.NO_CHANGE), rows.stream().map(CompareRow::change)
                .toList());
        assertEquals("time", rows.get(0).quantity());
        assertEquals(20, rows.get(0).percent().value(), 1e-9);
        assertTrue(rows.get(0).slowerBeyond());
        assertEquals(Estimate.Method.BOOTSTRAP, rows.get(0).speed().method());
    }

    @Test
    void compare_rateUnit_lessIsSlower() {
        List<CompareRow> rows = Comparison.compare(run("a.json", "thrpt", "ops/s", 100, 100),
                run("b.json", "thrpt", "ops/s", 80, 125), 5, new ArrayList<>());

        assertEquals(Change.SLOWER, rows.get(0).change());
        assertEquals("speed", rows.get(0).quantity());
        assertEquals(-20, rows.get(0).percent().value(), 1e-9, "80/100: a fifth fewer operations per second");
        assertEquals(0.8, rows.get(0).speed().value(), 1e-12);
        assertEquals(Change.FASTER, rows.get(1).change());
    }

    @Test
    void render_throughputGain_saysSpeedChangeOnly() {
        // Modelled on a published throughput gain of +102.6 %: one quantity, the speed, and its interval.
        List<CompareRow> rows = Comparison.compare(sampled("a.json", "thrpt", "ops/s", 1000, 0.02, 1),
                sampled("b.json", "thrpt", "ops/s", 2026, 0.02, 2), 5, new ArrayList<>());

        String table = CompareTable.render(rows, 5);

        assertEquals(Change.FASTER, rows.get(0).change());
        assertTrue(table.contains("speed +103 % [+"), table);
        assertFalse(table.contains("×") || table.contains("time"), table);
        assertEquals(new CompareSummary(1, 0, 0, 0), CompareSummary.of(rows));
        assertTrue(table.endsWith("\n" + CompareSummary.of(rows).line(5) + "\n"), table);
    }

    @Test
    void render_timeHalved_saysTimeChange() {
        List<CompareRow> rows = Comparison.compare(sampled("a.json", "avgt", "ms/op", 10, 0.02, 3),
                sampled("b.json", "avgt", "ms/op", 4.9, 0.02, 4), 5, new ArrayList<>());

        String table = CompareTable.render(rows, 5);

        assertTrue(table.contains("time −51 % [−"), table);
        assertFalse(table.contains("speed"), table);
    }

    @Test
    void compare_smallChangeTightInterval_noChangeBelowThreshold() {
        List<BenchmarkResult> before = sampled("a.json", "thrpt", "ops/s", 100, 0.001, 5);
        List<BenchmarkResult> after = sampled("b.json", "thrpt", "ops/s", 102, 0.001, 6);

        CompareRow row = Comparison.compare(before, after, 5, new ArrayList<>()).get(0);

        assertTrue(row.speed().above(1.01), "the interval excludes 1: " + row.speed());
        assertEquals(Change.NO_CHANGE, row.change());
        assertTrue(CompareTable.render(List.of(row), 5).contains("no change (below 5 %)"));
        assertEquals(Change.FASTER, Comparison.compare(before, after, 1, new ArrayList<>()).get(0).change());
    }

    @Test
    void compare_intervalHoldsOne_noChange() {
        CompareRow row = Comparison.compare(sampled("a.json", "avgt", "ms/op", 100, 0.3, 7),
                sampled("b.json", "avgt", "ms/op", 108, 0.3, 8), 5, new ArrayList<>()).get(0);

        assertTrue(Math.abs(row.percent().value()) >= 5, row.percent().toString());
        assertFalse(row.speed().above(1) || row.speed().below(1), row.speed().toString());
        assertEquals(Change.NO_CHANGE, row.change());
        assertFalse(row.slowerBeyond());
    }

    @Test
    void compare_withoutRawData_fallsBackToJmhErrors() {
        JmhJson before = new JmhJson().add("b.B.m", "avgt", "ms/op", params(), 10, 0.1, null);
        JmhJson after = new JmhJson().add("b.B.m", "avgt", "ms/op", params(), 12, 0.1, null);

        List<CompareRow> rows = Comparison.compare(ResultsReader.read(before.write(dir.resolve("a.json"))).results(),
                ResultsReader.read(after.write(dir.resolve("b.json"))).results(), 5, new ArrayList<>());

        Estimate speed = rows.get(0).speed();
        assertEquals(Estimate.Method.JMH_ERROR, speed.method());
        assertEquals(9.9 / 12.1, speed.low(), 1e-12, "interval arithmetic: the widest bounds");
        String table = CompareTable.render(rows, 5);
        assertTrue(table.contains("time +20 % [+18 %, +22 %] *"), table);
        assertEquals(Estimate.Method.JMH_ERROR, rows.get(0).percent().method(), "the change follows the speed's method");
        assertTrue(table.lines().anyMatch(l -> l.startsWith("* ")), "a footnote for the marked change: " + table);
    }

    @Test
    void compare_unmatched_listsBothSides() {
        List<CompareRow> rows = Comparison.compare(run("a.json", "avgt", "ms/op", 1, 1),
                run("b.json", "avgt", "ms/op", 1), 5, new ArrayList<>());

        assertEquals(Change.ONLY_BEFORE, rows.get(1).change());
    }

    @Test
    void render_table_summarises() {
        List<CompareRow> rows = Comparison.compare(run("a.json", "avgt", "ms/op", 10, 10),
                run("b.json", "avgt", "ms/op", 12, 10), 5, new ArrayList<>());

        String table = CompareTable.render(rows, 5);

        assertTrue(table.contains("time +20 % ["), table);
        assertTrue(table.contains("slower (beyond 5 %)"), table);
        assertEquals(new CompareSummary(0, 1, 1, 0), CompareSummary.of(rows));
        assertTrue(table.endsWith("\n" + CompareSummary.of(rows).line(5) + "\n"), table);
    }

    @Test
    void ratioChanges_sameGroupTwice_noChangeAndOverlap() throws Exception {
        Path group = Path.of(getClass().getResource("/dev/boundbench/analysis/group").toURI());
        List<StatedRatio> ratios = Analyzer.analyze(List.of(group), Scale.DEFAULT).ratios();

        List<RatioChange> changes = RatioChanges.of(ratios, ratios);

        assertEquals(ratios.size(), changes.size(), "every ratio of the group fixture is paired");
        assertEquals(0, changes.get(0).changePercent(), 1e-12);
        String text = RatioChanges.render(changes);
        assertTrue(text.startsWith(RatioChanges.DRIFT), text);
        RatioChange first = changes.get(0);
        assertEquals("fib (tasks=8, size=30)", first.after().group());
        assertEquals(StatedRatio.Kind.AA, first.after().kind());
        assertEquals("platform-pool@2", first.after().config());
        assertEquals("platform-pool@2#2", first.after().baseline());
        assertTrue(first.overlap());
        assertTrue(first.after().ratio().low() < 1 && first.after().ratio().high() > 1, first.after().ratio().toString());
        assertTrue(text.contains("| " + first.after().config() + " | " + first.after().baseline() + " |"), text);
        assertTrue(text.endsWith("0 of " + changes.size() + " paired ratios moved beyond both intervals.\n"), text);
    }

    @Test
    void ratioChanges_unpairedRatios_areLeftOut() {
        List<StatedRatio> unpaired = List.of(new StatedRatio("w", StatedRatio.Kind.SPEEDUP, "a@2", "a@1",
                new Estimate(2, 1.9, 2.1, Estimate.Method.BOOTSTRAP)));

        assertEquals(List.of(), RatioChanges.of(unpaired, unpaired));
        assertTrue(RatioChanges.render(List.of()).contains("No paired ratio"));
    }
}
