package dev.boundbench.analysis.render;

import static dev.boundbench.analysis.JmhJson.params;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.boundbench.analysis.JmhJson;
import dev.boundbench.analysis.stats.Scale;
import dev.boundbench.analysis.verdict.Analyzer;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code results.csv}: every value under its own header, on a curve and off one. */
class CsvWriterTest {

    @Test
    void csv_rowOnNoCurve_keepsEveryLaterValueUnderItsHeader(@TempDir Path dir) {
        String scaling = "dev.boundbench.bench.ScalingBenchmark.batch";
        String server = "b.ServerBench.fastRequest";
        Path results = new JmhJson()
                .add(scaling, "avgt", "ms/op", params("engine", "PLATFORM_POOL", "threads", "1", "workload", "fib"), 20,
                        1).cpu(1.0, 0.01, 0)
                .add(scaling, "avgt", "ms/op", params("engine", "PLATFORM_POOL", "threads", "2", "workload", "fib"), 10,
                        0.5).cpu(2.0, 0.02, 0)
                .add(server, "sample", "us/op", params("model", "EVENT_LOOP", "hogs", "1"), 125, Double.NaN, null)
                .cpu(0.75, 0.25, 0)
                .write(dir.resolve("results.json"));

        List<Map<String, String>> rows = rows(CsvWriter.csv(Analyzer.analyze(List.of(results), Scale.DEFAULT)));

        Map<String, String> offCurve = rows.get(2);
        assertEquals(server, offCurve.get("benchmark"));
        assertEquals("", offCurve.get("curve_threads"));
        assertEquals("", offCurve.get("vs_sequential_high"));
        assertEquals("0.75", offCurve.get("cores_busy"));
        assertEquals("0.25", offCurve.get("foreign_cpu"));
        assertEquals("0.75", offCurve.get("secondary:·cpu.busy"));
        Map<String, String> twoThreads = rows.get(1);
        assertEquals("2", twoThreads.get("speedup"));
        assertEquals("2", twoThreads.get("cores_busy"));
    }

    /** Each line after the header as header → value; fails when a line has more or fewer cells than the header. */
    private static List<Map<String, String>> rows(String csv) {
        List<String> lines = csv.lines().toList();
        List<String> header = Arrays.asList(lines.get(0).split(",", -1));
        return lines.stream().skip(1).map(line -> {
            String[] cells = line.split(",", -1);
            assertEquals(header.size(), cells.length, "cells of " + line);
            Map<String, String> row = new LinkedHashMap<>();
            for (int i = 0; i < cells.length; i++) {
                row.put(header.get(i), cells[i]);
            }
            return row;
        }).toList();
    }
}
