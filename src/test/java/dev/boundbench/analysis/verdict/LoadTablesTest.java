package dev.boundbench.analysis.verdict;

import static dev.boundbench.analysis.JmhJson.params;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.boundbench.analysis.JmhJson;
import dev.boundbench.analysis.stats.Scale;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Benchmarks with a hogs parameter become load tables, not curves. */
class LoadTablesTest {

    private static final String FAST = "dev.boundbench.bench.ServerStarvationBenchmark.fastRequest";
    private static final String FIB = "dev.boundbench.bench.ServerStarvationBenchmark.fibRequest";

    @TempDir
    Path dir;

    private RunAnalysis analyze(JmhJson json) {
        return Analyzer.analyze(List.of(json.write(dir.resolve("results.json"))), Scale.DEFAULT);
    }

    @Test
    void analyze_hogsParameter_oneTablePerModel_rowsByHogs_ratesFromMeanLatency() {
        JmhJson json = new JmhJson()
                .add(FAST, "sample", "us/op", params("hogs", "4", "model", "EVENT_LOOP"), 50_000, Double.NaN, null)
                .latency(40_000, 190_000, 200_000, 160)
                .add(FAST, "sample", "us/op", params("hogs", "0", "model", "EVENT_LOOP"), 125, Double.NaN, null)
                .latency(35, 2_500, 9_100, 64_000)
                .add(FAST, "sample", "us/op", params("hogs", "0", "model", "PLATFORM_THREADS"), 100, Double.NaN, null)
                .latency(30, 90, 400, 80_000)
                .add(FIB, "sample", "ms/op", params("hogs", "4", "model", "EVENT_LOOP"), 40, Double.NaN, null)
                .latency(38, 70, 75, 200);
        RunAnalysis analysis = analyze(json);

        assertEquals(List.of(), analysis.curves(), "no scaling curve of one point per server");
        assertEquals(List.of(), analysis.workloads());
        assertEquals(2, analysis.loads().size());
        LoadTable loop = analysis.loads().get(0);
        assertEquals("dev.boundbench.bench.ServerStarvationBenchmark", loop.benchmarkClass());
        assertEquals("model=EVENT_LOOP", loop.title());
        assertEquals(List.of("fastRequest", "fibRequest"), loop.methods());
        assertEquals(List.of(0.0, 4.0), loop.rows().stream().map(LoadRow::hogs).toList());

        LoadCell alone = loop.alone("fastRequest").orElseThrow();
        assertEquals(8_000, alone.perSecond(), 1e-9, "1 / 125 µs");
        assertEquals(35e-6, alone.p50(), 1e-15);
        assertEquals(2.5e-3, alone.p99(), 1e-15);
        assertEquals(9.1e-3, alone.p999(), 1e-15);
        assertEquals(64_000, alone.samples());
        LoadCell loaded = loop.rows().get(1).byMethod().get("fastRequest");
        assertEquals(20, loaded.perSecond(), 1e-9, "1 / 50 ms");
        LoadCell fib = loop.rows().get(1).byMethod().get("fibRequest");
        assertEquals(25, fib.perSecond(), 1e-9, "1 / 40 ms");
        assertEquals(0.07, fib.p99(), 1e-12);
        assertTrue(loop.alone("fibRequest").isEmpty());
        assertEquals("model=PLATFORM_THREADS", analysis.loads().get(1).title());
    }

    @Test
    void analyze_hogsNotANumberOrTwice_warnsAndKeepsTheFirst() {
        JmhJson json = new JmhJson()
                .add(FAST, "sample", "us/op", params("hogs", "many", "model", "EVENT_LOOP"), 50, Double.NaN, null)
                .add(FAST, "sample", "us/op", params("hogs", "1", "model", "EVENT_LOOP"), 50, Double.NaN, null)
                .add(FAST, "sample", "us/op", params("hogs", "1", "model", "EVENT_LOOP"), 80, Double.NaN, null);
        RunAnalysis analysis = analyze(json);

        assertEquals(1, analysis.loads().size());
        assertEquals(20_000, analysis.loads().get(0).rows().get(0).byMethod().get("fastRequest").perSecond(), 1e-6);
        assertEquals(List.of("results.json: ServerStarvationBenchmark.fastRequest [sample] (hogs=many, model=EVENT_LOOP):"
                        + " hogs \"many\" is not a number; it is in results.csv but in no load table",
                "results.json: ServerStarvationBenchmark.fastRequest [sample] (hogs=1, model=EVENT_LOOP) appears twice;"
                        + " the load table keeps the one from results.json"),
                analysis.warningTexts().stream().filter(w -> w.contains("hogs")).toList());
    }

    @Test
    void analyze_throughputUnderHogs_rateConvertedToPerSecond() {
        JmhJson json = new JmhJson()
                .add(FAST, "thrpt", "ops/ms", params("hogs", "0", "model", "VIRTUAL_THREADS"), 3.5, 0.1);
        LoadCell cell = analyze(json).loads().get(0).rows().get(0).byMethod().get("fastRequest");
        assertEquals(3_500, cell.perSecond(), 1e-9);
        assertTrue(Double.isNaN(cell.p99()), "no percentiles in throughput mode");
        assertEquals(0, cell.samples());
    }
}
