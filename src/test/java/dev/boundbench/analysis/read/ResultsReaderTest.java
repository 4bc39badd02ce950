package dev.boundbench.analysis.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.boundbench.analysis.JmhJson;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading JMH result files, good and bad. */
class ResultsReaderTest {

    @TempDir
    Path dir;

    static Path fixture(String name) {
        try {
            return Path.of(ResultsReaderTest.class.getResource("/dev/boundbench/analysis/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void read_groupEntry_givesOneResultPerConfigButTheTwinsPairedByTheEntry() {
        Loaded loaded = ResultsReader.read(fixture("group/results.json"));

        assertEquals(List.of(), loaded.warnings());
        assertEquals(List.of("SEQUENTIAL@1", "PLATFORM_POOL@1", "PLATFORM_POOL@2", "VIRTUAL@2", "FORK_JOIN@2",
                "SEQUENTIAL@1", "VIRTUAL@1", "VIRTUAL@4"), loaded.results().stream()
                .map(r -> r.params().get("engine") + "@" + r.params().get("threads")).toList());
        BenchmarkResult pool = loaded.results().get(2);
        assertEquals(List.of("workload", "engine", "threads", "tasks", "size"), List.copyOf(pool.params().keySet()));
        assertEquals("dev.boundbench.bench.GroupBenchmark.round", pool.benchmark());
        PairedGroup fib = loaded.groups().get(0);
        Metric batch = fib.batches().get("platform-pool@2");
        assertEquals(batch.score(), pool.primary().score());
        assertEquals("ms/op", pool.primary().unit());
        assertEquals(10, pool.primary().raw().count());
        assertTrue(pool.primary().raw().pairedWith(loaded.results().get(0).primary().raw()));
        assertFalse(pool.primary().raw().pairedWith(loaded.results().get(5).primary().raw()), "another group");
        assertEquals(List.of("\u00b7cpu.foreign", "\u00b7cpu.steal", "\u00b7cpu.service"),
                List.copyOf(pool.secondary().keySet()), "cores busy and CPU time mix the group's configurations");
        assertEquals(List.of(new PairedGroup.Twin("platform-pool@2", "platform-pool@2#2")), fib.twins());
        assertEquals("fib (tasks=8, size=30)", fib.heading());
        assertTrue(fib.order().isPresent());
        assertEquals(3, loaded.groups().get(1).batches().get("virtual@4#2").raw().forkCount());
    }

    @Test
    void read_groupEntryWithBadConfig_warnsNamingIt() throws IOException {
        Path file = dir.resolve("bad.json");
        Files.writeString(file, Files.readString(fixture("group/results.json")).replace("virtual@2+", "virtual2+"));

        Loaded loaded = ResultsReader.read(file);

        assertEquals(1, loaded.groups().size());
        assertTrue(loaded.warnings().get(0).contains("entry 1 is not a JMH result: configuration \"virtual2\""),
                loaded.warnings().toString());
    }

    @Test
    void read_suiteResults_givesEveryEntryWithParamsForksAndSecondaries() {
        Loaded loaded = ResultsReader.read(fixture("suite/results.json"));

        assertEquals(List.of(), loaded.warnings());
        assertEquals(23, loaded.results().size());
        BenchmarkResult first = loaded.results().get(0);
        assertEquals("dev.boundbench.bench.ScalingBenchmark.batch", first.benchmark());
        assertEquals("ScalingBenchmark.batch", first.shortName());
        assertEquals(Mode.AVERAGE_TIME, first.mode());
        assertEquals(Map.of("workload", "fib", "engine", "SEQUENTIAL", "threads", "1", "tasks", "8", "size", "30"),
                first.params());
        assertEquals(List.of("workload", "engine", "threads", "tasks", "size"), List.copyOf(first.params().keySet()));
        assertEquals("ms/op", first.primary().unit());
        assertEquals(6, first.primary().samples(), "two forks of three iterations");
        assertEquals(2, first.primary().raw().forkCount());
        assertEquals(6, first.primary().raw().count());
        assertEquals(first.primary().score(), java.util.Arrays.stream(first.primary().raw().all()).average()
                .orElseThrow(), 1e-9, "the raw values average to JMH's score");
        assertEquals(99.83333333333333, first.primary().score(), 1e-12);
        assertEquals(2.7967694898062483, first.primary().error(), 1e-12);
        assertEquals(Direction.LOWER_IS_BETTER, first.direction());
        assertEquals(0.0, first.secondary().get("tasksFailed").score());
        assertTrue(Double.isNaN(first.secondary().get("tasksFailed").error()), "\"NaN\" as a string");
        assertEquals("1.37", first.jmhVersion());
        assertEquals("25.0.1", first.jdkVersion());
    }

    @Test
    void read_everyMode_readsSampleHistogramsSingleShotAndNaN() {
        Loaded loaded = ResultsReader.read(fixture("awkward/results.json"));

        assertEquals(8, loaded.results().size());
        assertEquals(Mode.THROUGHPUT, loaded.results().get(0).mode());
        assertEquals(Direction.HIGHER_IS_BETTER, loaded.results().get(0).direction());
        assertEquals("a,b \"quoted\" | pipe ü 日本", loaded.results().get(0).params().get("label"));
        BenchmarkResult sampled = loaded.results().get(3);
        assertEquals(Mode.SAMPLE_TIME, sampled.mode());
        assertEquals(6, sampled.primary().samples(), "iterations of rawDataHistogram");
        assertEquals(6, sampled.primary().raw().count(), "one mean per histogram iteration");
        BenchmarkResult once = loaded.results().get(5);
        assertEquals(Mode.SINGLE_SHOT, once.mode());
        assertEquals(Map.of(), once.params(), "a benchmark without params");
        assertTrue(Double.isNaN(once.primary().error()));
        assertTrue(Double.isNaN(loaded.results().get(6).primary().score()), "\"NaN\" score");
    }

    @Test
    void read_sampleTime_givesPercentilesAndTimedCount() throws IOException {
        Path file = dir.resolve("sample.json");
        Files.writeString(file, """
                [{"benchmark" : "a.B.c", "mode" : "sample", "threads" : 1, "forks" : 1,
                  "primaryMetric" : {"score" : 40.0, "scoreError" : 2.0, "scoreUnit" : "us/op",
                                     "scorePercentiles" : {"0.0" : 20.0, "50.0" : 35.0, "99.0" : 90.0, "99.9" : 400.0},
                                     "rawDataHistogram" : [[[[30.0, 700], [50.0, 300]], [[40.0, 1000]]]]}},
                 {"benchmark" : "a.B.d", "mode" : "avgt", "threads" : 1, "forks" : 1,
                  "primaryMetric" : {"score" : 1.0, "scoreError" : 0.1, "scoreUnit" : "ms/op", "rawData" : [[1.0]]}}]
                """);

        Loaded loaded = ResultsReader.read(file);

        assertEquals(List.of(), loaded.warnings());
        Percentiles latency = loaded.results().get(0).primary().percentiles();
        assertEquals(35.0, latency.at(50));
        assertEquals(90.0, latency.at(99));
        assertEquals(400.0, latency.at(99.9));
        assertTrue(Double.isNaN(latency.at(99.99)), "not written, not made up");
        assertEquals(2_000, latency.samples(), "timed operations over both iterations");
        assertEquals(Percentiles.NONE, loaded.results().get(1).primary().percentiles());
    }

    @Test
    void read_percentileKeyNotAPercentile_warnsNamingIt() throws IOException {
        Path file = dir.resolve("bad.json");
        Files.writeString(file, """
                [{"benchmark" : "a.B.c", "mode" : "sample",
                  "primaryMetric" : {"score" : 40.0, "scoreUnit" : "us/op", "scorePercentiles" : {"median" : 35.0}}},
                 {"benchmark" : "a.B.d", "mode" : "sample",
                  "primaryMetric" : {"score" : 40.0, "scoreUnit" : "us/op", "scorePercentiles" : {"120.0" : 35.0}}}]
                """);

        Loaded loaded = ResultsReader.read(file);

        assertEquals(List.of(file + ": entry 1 is not a JMH result: primaryMetric.scorePercentiles has a key that is"
                        + " not a percentile: \"median\"",
                file + ": entry 2 is not a JMH result: primaryMetric.scorePercentiles has a percentile outside 0..100:"
                        + " 120.0", file + ": JSON but not JMH results (no entry could be read)"), loaded.warnings());
    }

    @Test
    void read_infinityStrings_becomeInfinities() throws IOException {
        Path file = new JmhJson().add("a.B.c", "thrpt", "ops/s", Map.of(), Double.POSITIVE_INFINITY, Double.NaN)
                .add("a.B.d", "thrpt", "ops/s", Map.of(), Double.NEGATIVE_INFINITY, Double.NaN)
                .write(dir.resolve("inf.json"));

        Loaded loaded = ResultsReader.read(file);

        assertEquals(Double.POSITIVE_INFINITY, loaded.results().get(0).primary().score());
        assertEquals(Double.NEGATIVE_INFINITY, loaded.results().get(1).primary().score());
        assertTrue(Files.readString(file).contains("\"+INF\""));
    }

    @Test
    void read_noScoreError_takesIntervalFromRawData() throws IOException {
        Path file = dir.resolve("old.json");
        Files.writeString(file, """
                [{"benchmark" : "a.B.c", "mode" : "avgt", "threads" : 1, "forks" : 2,
                  "primaryMetric" : {"score" : 10.0, "scoreUnit" : "ms/op",
                                     "rawData" : [[9.0, 11.0], [10.0, 10.0]]}}]
                """);

        Metric m = ResultsReader.read(file).results().get(0).primary();

        // mean 10, s = 0.8165, t(0.9995, 3) = 12.924: half-width 12.924 × 0.8165 / 2 = 5.276
        assertEquals(5.276, m.error(), 0.001);
        assertEquals(10 - 5.276, m.low(), 0.001);
        assertEquals(4, m.samples());
        assertEquals("", ResultsReader.read(file).results().get(0).jmhVersion(), "JMH before 1.22 wrote no version");
    }

    @Test
    void read_missingFile_saysSoNamingIt() {
        Path missing = dir.resolve("nope.json");

        Loaded loaded = ResultsReader.read(missing);

        assertEquals(List.of(missing + ": no such file"), loaded.warnings());
        assertEquals(List.of(), loaded.results());
    }

    @Test
    void read_notJson_saysSoNamingIt() throws IOException {
        Path file = Files.writeString(dir.resolve("log.json"), "# JMH version: 1.37\nBenchmark  Mode  Cnt\n");

        List<String> warnings = ResultsReader.read(file).warnings();

        assertEquals(1, warnings.size());
        assertTrue(warnings.get(0).startsWith(file + ": not JSON ("), warnings.get(0));
    }

    @Test
    void read_jsonThatIsNotJmh_saysSoNamingIt() throws IOException {
        Path object = Files.writeString(dir.resolve("object.json"), "{\"benchmark\" : \"x\"}");
        Path strings = Files.writeString(dir.resolve("strings.json"), "[\"a\", \"b\"]");

        assertEquals(List.of(object + ": JSON but not JMH results (expected an array of benchmarks, found an object)"),
                ResultsReader.read(object).warnings());
        assertEquals(List.of(strings + ": entry 1 is not a JMH result: expected an object, found a string",
                strings + ": entry 2 is not a JMH result: expected an object, found a string",
                strings + ": JSON but not JMH results (no entry could be read)"),
                ResultsReader.read(strings).warnings());
    }

    @Test
    void read_emptyArray_saysSoNamingIt() throws IOException {
        Path file = Files.writeString(dir.resolve("empty.json"), "[ ]");

        assertEquals(List.of(file + ": holds no benchmarks (an empty array)"), ResultsReader.read(file).warnings());
    }

    @Test
    void read_entryWithoutPrimaryMetric_skipsItAndKeepsTheRest() throws IOException {
        Path file = dir.resolve("mixed.json");
        Files.writeString(file, "[{\"benchmark\" : \"a.B.c\", \"mode\" : \"avgt\"},\n"
                + new JmhJson().add("a.B.d", "avgt", "ms/op", Map.of(), 1.0, 0.1).json().substring(1));

        Loaded loaded = ResultsReader.read(file);

        assertEquals(List.of(file + ": entry 1 is not a JMH result: missing \"primaryMetric\""), loaded.warnings());
        assertEquals(1, loaded.results().size());
    }

    @Test
    void read_unknownMode_namesTheValidOnes() throws IOException {
        Path file = dir.resolve("mode.json");
        Files.writeString(file, new JmhJson().add("a.B.c", "fast", "ms/op", Map.of(), 1.0, 0.1).json());

        assertEquals(List.of(file + ": entry 1 is not a JMH result: Unknown mode \"fast\"; valid: thrpt, avgt, "
                + "sample, ss", file + ": JSON but not JMH results (no entry could be read)"),
                ResultsReader.read(file).warnings());
    }
}
