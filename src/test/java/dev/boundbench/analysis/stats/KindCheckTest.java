package dev.boundbench.analysis.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.boundbench.analysis.JmhJson;
import dev.boundbench.analysis.read.BenchmarkResult;
import dev.boundbench.analysis.read.Warning;
import dev.boundbench.analysis.read.Environment;
import dev.boundbench.analysis.read.Metric;
import dev.boundbench.analysis.read.Mode;
import dev.boundbench.analysis.read.RawSamples;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Cores busy against the declared kind of work: CPU work that waits, I/O work that computes. */
class KindCheckTest {

    private static List<String> texts(List<Warning> warnings) {
        return warnings.stream().map(Warning::text).toList();
    }

    private static final Environment TWO_CORES = new Environment(Map.of("cores", "2"),
            Map.of("fib", "CPU", "sleep", "IO", "file-copy", "IO"));

    private static BenchmarkResult point(String workload, int threads, Double busyCores) {
        Map<String, Metric> secondary = busyCores == null ? Map.of()
                : Map.of(CpuUse.BUSY_METRIC, new Metric(busyCores, Double.NaN, Double.NaN, Double.NaN, "cores", 2,
                        RawSamples.NONE));
        return new BenchmarkResult("results.json", "a.ScalingBenchmark.batch", Mode.AVERAGE_TIME, 1, 1,
                JmhJson.params("workload", workload, "threads", Integer.toString(threads)),
                new Metric(10, 0.1, 9.9, 10.1, "ms/op", 5, RawSamples.NONE), secondary, "", "", "");
    }

    @Test
    void warnings_cpuWorkloadUnderHalfACorePerThread_fires() {
        BenchmarkResult fib = point("fib", 8, 0.9);

        List<KindCheck.Contradiction> found = KindCheck.contradictions(List.of(fib), TWO_CORES);

        assertEquals(List.of(new KindCheck.CpuWaits(fib, "fib", 0.9, 8, 2)), found);
        assertEquals(2, ((KindCheck.CpuWaits) found.get(0)).usable(), "min of 8 threads and 2 cores");
        List<Warning> warnings = KindCheck.warnings(List.of(fib), TWO_CORES);
        assertEquals(List.of(Warning.Kind.KIND_CHECK), warnings.stream().map(Warning::kind).toList());
        assertEquals("fib (threads=8)", warnings.get(0).point());
        assertEquals(fib.label() + ": " + found.get(0).detail(), warnings.get(0).text());
    }

    @Test
    void warnings_cpuWorkloadBusyOnEveryUsableCore_staysSilent() {
        assertEquals(List.of(), KindCheck.warnings(List.of(point("fib", 1, 0.98), point("fib", 8, 1.9),
                point("fib", 2, 1.0)), TWO_CORES));
    }

    @Test
    void warnings_ioWorkloadKeepingCoresBusy_fires() {
        BenchmarkResult sleep = point("sleep", 1000, 1.3);

        assertEquals(List.of(new KindCheck.IoComputes(sleep, "sleep", 1.3, 1000)),
                KindCheck.contradictions(List.of(sleep), TWO_CORES));
        assertTrue(texts(KindCheck.warnings(List.of(sleep), TWO_CORES)).get(0).contains(" at 1,000 threads: "));
    }

    @Test
    void warnings_ioWorkloadAtOneThread_saysThreadInTheSingular() {
        List<String> warnings = texts(KindCheck.warnings(List.of(point("file-copy", 1, 0.6)), TWO_CORES));

        assertEquals(1, warnings.size());
        assertTrue(warnings.get(0).contains(" at 1 thread: "), warnings.get(0));
    }

    @Test
    void warnings_ioWorkloadWaiting_staysSilent() {
        assertEquals(List.of(), KindCheck.warnings(List.of(point("sleep", 1000, 0.3), point("sleep", 1, 0.01)),
                TWO_CORES));
    }

    @Test
    void warnings_notMeasuredOrKindOrCoresUnknown_staysSilent() {
        Environment noCores = new Environment(Map.of(), Map.of("fib", "CPU"));

        assertEquals(List.of(), KindCheck.warnings(List.of(point("fib", 2, null), point("other", 2, 0.01)),
                TWO_CORES));
        assertEquals(List.of(), KindCheck.warnings(List.of(point("fib", 2, 0.01)), noCores));
    }
}
