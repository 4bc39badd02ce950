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
        Report.write(write(true));
        String report = Files.readString(dir.resolve(Report.REPORT_FILE));
        String byRuntime = report.substring(report.indexOf("### By runtime"), report.indexOf("\n## fib"));
        String jvm = byRuntime.substring(byRuntime.indexOf("**On the JVM**"), byRuntime.indexOf("**On CPython**"));
        String python = byRuntime.substring(byRuntime.indexOf("**On CPython**"),
                byRuntime.indexOf("**The JVM over CPython**"));
        assertTrue(jvm.contains("- **CPU-bound work → platform-pool** (fib)"), jvm);
        assertTrue(jvm.contains("- **I/O-bound work → virtual** (sleep)"), jvm);
        assertFalse(jvm.contains("cpython"), jvm);
        assertTrue(python.startsWith("**On CPython** (" + PYTHON + "):"), python);
        assertTrue(python.contains("- **CPU-bound work → cpython-processes** (fib)"), python);
        assertTrue(python.contains("- **I/O-bound work → cpython-asyncio** (sleep)"), python);
        assertTrue(byRuntime.contains("**The JVM over CPython**, each at its best, for the same batch: fib (tasks=8):"
                + " 44.8× ["), byRuntime);
        assertTrue(byRuntime.contains("(platform-pool at 2 threads over cpython-processes at 2 threads)"), byRuntime);
    }

    @Test
    void report_bothRuntimes_jvmOverCpythonAtEachThreadCount_againstTheCounterpart() throws Exception {
        Report.write(write(true));
        String report = Files.readString(dir.resolve(Report.REPORT_FILE));
        String fib = report.substring(report.indexOf("\n## fib"), report.indexOf("\n## sleep"));
        assertTrue(fib.matches("(?s).*\\|\\s+2 \\| cpython-processes \\|\\s+2240 \\| process-pool\\s+\\|\\s+56.00 \\|"
                + "\\s+40.0× \\[[0-9.]+, [0-9.]+] \\|.*"), fib);
        assertTrue(fib.matches("(?s).*\\|\\s+2 \\| cpython-threads\\s+\\|\\s+4100 \\| platform-pool\\s+\\|\\s+50.00 \\|"
                + "\\s+82.0× \\[[0-9.]+, [0-9.]+] \\|.*"), fib);

        RunAnalysis analysis = Analyzer.analyze(List.of(dir), Scale.DEFAULT);
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
