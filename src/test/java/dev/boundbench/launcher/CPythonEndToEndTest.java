package dev.boundbench.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.boundbench.engine.cpython.CPythonOptions;
import dev.boundbench.engine.cpython.PythonInterpreter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real launcher in its own JVM runs every CPython engine with JMH at the smallest settings,
 * the interpreter named by {@code --python}: each batch's results are checked against the JVM's
 * inside the benchmark, the workload without a Python twin is planned out, and the environment and
 * the report name the interpreter.
 */
@Timeout(value = 180, unit = TimeUnit.SECONDS)
class CPythonEndToEndTest {

    @TempDir
    Path results;

    @Test
    void launcher_cpythonEngines_measureTheTwinsAndPlanOutTheRest() throws Exception {
        PythonInterpreter python = PythonInterpreter.probe(CPythonOptions.fromSystemProperties());
        String output;
        try (LauncherProcess launcher = new LauncherProcess(List.of(), List.of(
                "--workload", "fib,collatz", "--engine", "cpython-threads,cpython-processes,cpython-asyncio",
                "--threads", "2", "--tasks", "2", "--size", "12", "--python", python.executable(),
                "--results-dir", results.toString(), "--", "-f", "1", "-wi", "0", "-i", "1", "-r", "100ms"))) {
            int status = launcher.exitStatus(Duration.ofSeconds(150));
            output = launcher.out() + launcher.err();
            assertEquals(0, status, output);
        }
        assertTrue(output.contains("  collatz on cpython-threads, cpython-processes, cpython-asyncio: no Python twin"),
                output);

        Path folder;
        try (Stream<Path> folders = Files.list(results)) {
            folder = folders.findFirst().orElseThrow();
        }
        Set<String> combinations = new TreeSet<>();
        for (JsonNode benchmark : new ObjectMapper().readTree(folder.resolve("results.json").toFile())) {
            JsonNode params = benchmark.get("params");
            combinations.add(params.get("workload").asText() + "/" + params.get("configs").asText());
            assertTrue(benchmark.get("primaryMetric").get("score").asDouble() > 0, benchmark.toString());
            assertTrue(benchmark.get("secondaryMetrics").get("\u00b7batch:cpython-asyncio@2").get("score").asDouble() > 0,
                    benchmark.toString());
        }
        assertEquals(Set.of("fib/cpython-threads@2+cpython-processes@2+cpython-asyncio@2+cpython-processes@2#2"),
                combinations);
        JsonNode environment = new ObjectMapper().readTree(folder.resolve("environment.json").toFile());
        assertEquals(python.describe(), environment.get("python").asText());
        String report = Files.readString(folder.resolve("report.md"));
        assertTrue(report.contains(python.describe()), report);
    }
}
