package dev.boundbench.analysis;

import static dev.boundbench.analysis.JmhJson.params;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.boundbench.analysis.stats.Scale;
import dev.boundbench.analysis.verdict.Analyzer;
import dev.boundbench.analysis.verdict.RunAnalysis;
import dev.boundbench.analysis.verdict.RuntimeRatio;
import dev.boundbench.analysis.verdict.Runtimes;
import dev.boundbench.analysis.verdict.Workload;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A run with engines of both runtimes, shaped as the articles describe CPython (threads flat on CPU
 * work, processes scaling, asyncio overlapping sleeps): the report ranks each runtime among its own
 * engines, puts the JVM's speed over CPython's beside each point, and draws CPython dashed.
 */
class CPythonReportTest {

    private static final String PYTHON = "CPython 3.11.7 (/usr/bin/python3.11), GIL on";

    @TempDir
    Path dir;

    private static void point(JmhJson json, String workload, String engine, int threads, double ms) {
        json.add("dev.boundbench.bench.ScalingBenchmark.batch", "avgt", "ms/op", params("workload", workload,
                "engine", engine, "threads", Integer.toString(threads), "tasks", "8"), ms, ms * 0.002);
    }

    private Path write(boolean withCpython) throws Exception {
        JmhJson json = new JmhJson();
        point(json, "fib", "PLATFORM_POOL", 1, 100);
        point(json, "fib", "PLATFORM_POOL", 2, 50);
        point(json, "fib", "PROCESS_POOL", 1, 110);
        point(json, "fib", "PROCESS_POOL", 2, 56);
        point(json, "sleep", "PLATFORM_POOL", 1, 1000);
        point(json, "sleep", "PLATFORM_POOL", 10, 104);
        point(json, "sleep", "VIRTUAL", 1, 1000);
        point(json, "sleep", "VIRTUAL", 10, 100);
        if (withCpython) {
            point(json, "fib", "CPYTHON_THREADS", 1, 4000);
            point(json, "fib", "CPYTHON_THREADS", 2, 4100);
            point(json, "fib", "CPYTHON_PROCESSES", 1, 4200);
            point(json, "fib", "CPYTHON_PROCESSES", 2, 2240);
            point(json, "sleep", "CPYTHON_THREADS", 1, 1010);
            point(json, "sleep", "CPYTHON_THREADS", 10, 110);
            point(json, "sleep", "CPYTHON_ASYNCIO", 1, 1005);
            point(json, "sleep", "CPYTHON_ASYNCIO", 10, 102);
        }
        json.write(dir.resolve("results.json"));
        Files.writeString(dir.resolve("environment.json"), "{\"python\" : \"" + PYTHON + "\", \"workloadKinds\" :"
                + " {\"fib\" : \"CPU\", \"sleep\" : \"IO\"}}");
        return dir;
    }

    @Test
    void report_bothRuntimes_rulesOfThumbPerRuntime() throws Exception {
        RunAnalysis analysis = Report.write(List.of(write(true)), dir, Scale.DEFAULT);
        String report = Files.readString(dir.resolve(Report.REPORT_FILE));

        assertEquals(List.of("platform-pool", "virtual"), winners(Runtimes.only(analysis.workloads(), false)));
        assertEquals(List.of("cpython-processes", "cpython-asyncio"), winners(Runtimes.only(analysis.workloads(), true)));
        assertTrue(Runtimes.only(analysis.workloads(), true).stream().allMatch(w -> w.best().clear()));
        RuntimeRatio fib = Runtimes.atBest(analysis.workloads().get(0)).orElseThrow();
        assertEquals(2240 / 50.0, fib.jvmOverCpython().value(), 1e-9, "each at its best, for the same batch");
        assertEquals("platform-pool", fib.jvm().engine());
        assertEquals(2, fib.jvm().point().n());
        assertEquals("cpython-processes", fib.cpython().engine());
        assertEquals(2, fib.cpython().point().n());
        assertTrue(report.contains("### By runtime"), report);
        assertTrue(report.contains("**On CPython** (" + PYTHON + "):"), report);
    }

    /** The clear winner of each workload at its best, in the workloads' order. */
    private static List<String> winners(List<Workload> workloads) {
        return workloads.stream().map(w -> w.best().winner().engine()).toList();
    }

    @Test
    void report_bothRuntimes_jvmOverCpythonAtEachThreadCount_againstTheCounterpart() throws Exception {
        RunAnalysis analysis = Report.write(List.of(write(true)), dir, Scale.DEFAULT);

        List<RuntimeRatio> fib = Runtimes.ratios(analysis.workloads().get(0));
        assertEquals(List.of("cpython-processes/process-pool", "cpython-threads/platform-pool",
                "cpython-processes/process-pool", "cpython-threads/platform-pool"), fib.stream()
                .map(r -> r.cpython().engine() + "/" + r.jvm().engine()).toList(), "each against its counterpart");
        assertEquals(2, fib.get(2).n());
        assertEquals(2240 / 56.0, fib.get(2).jvmOverCpython().value(), 1e-9, "processes over process-pool at 2");
        assertEquals(4100 / 50.0, fib.get(3).jvmOverCpython().value(), 1e-9, "threads over platform-pool at 2");
        assertTrue(fib.get(3).jvmOverCpython().low() < 82 && fib.get(3).jvmOverCpython().high() > 82);
        Workload sleep = analysis.workloads().get(1);
        List<RuntimeRatio> ratios = Runtimes.ratios(sleep);
        assertEquals(List.of("cpython-asyncio/virtual", "cpython-threads/platform-pool", "cpython-asyncio/virtual",
                "cpython-threads/platform-pool"), ratios.stream().map(r -> r.cpython().engine() + "/" + r.jvm().engine())
                .toList(), "each against its counterpart");
        assertEquals(1.02, ratios.get(2).jvmOverCpython().value(), 1e-9, "asyncio over virtual at 10 threads");
    }

    @Test
    void chart_drawsTheCPythonEnginesDashed() throws Exception {
        Report.write(write(true));
        String svg;
        try (var charts = Files.list(dir.resolve("charts"))) {
            svg = Files.readString(charts.filter(p -> p.getFileName().toString().startsWith("fib")).findFirst()
                    .orElseThrow());
        }
        assertTrue(svg.contains("stroke-dasharray:9.0,4.0"), "CPython series dashed");
    }

    @Test
    void report_jvmOnly_hasNoRuntimeParts() throws Exception {
        Report.write(write(false));
        String report = Files.readString(dir.resolve(Report.REPORT_FILE));
        assertFalse(report.contains("By runtime"), report);
        assertFalse(report.contains("The JVM over CPython"), report);
        String svg;
        try (var charts = Files.list(dir.resolve("charts"))) {
            svg = Files.readString(charts.filter(p -> p.getFileName().toString().startsWith("fib")).findFirst()
                    .orElseThrow());
        }
        assertFalse(svg.contains("stroke-dasharray:9.0,4.0"), "no dashed engine");
    }
}
