package dev.boundbench.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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
 * Runs the real launcher in its own JVM with JMH at the smallest settings, as run-benchmarks.sh
 * does, and reads back the results folder.
 */
@Timeout(value = 180, unit = TimeUnit.SECONDS)
class LauncherEndToEndTest {

    @TempDir
    Path results;

    @Test
    void launcher_smallestRun_writesEveryPlannedCombination() throws Exception {
        String output;
        try (LauncherProcess launcher = new LauncherProcess(List.of(), List.of(
                "--workload", "fib,collatz", "--engine", "sequential,virtual", "--threads", "1,2",
                "--tasks", "2", "--size", "12", "--results-dir", results.toString(),
                "--", "-f", "1", "-wi", "0", "-i", "1", "-r", "100ms"))) {
            int status = launcher.exitStatus(Duration.ofSeconds(120));
            output = launcher.out() + launcher.err();
            assertEquals(0, status, output);
        }

        Path folder;
        try (Stream<Path> folders = Files.list(results)) {
            List<Path> made = folders.toList();
            assertEquals(1, made.size(), made.toString());
            folder = made.get(0);
        }
        Set<String> combinations = new TreeSet<>();
        String twin = Runtime.getRuntime().availableProcessors() == 1 ? "virtual@1#2" : "virtual@2#2";
        for (JsonNode benchmark : new ObjectMapper().readTree(folder.resolve("results.json").toFile())) {
            assertEquals("dev.boundbench.bench.GroupBenchmark.round", benchmark.get("benchmark").asText());
            JsonNode params = benchmark.get("params");
            String configs = params.get("configs").asText();
            combinations.add(params.get("workload").asText() + "/" + configs + "/" + params.get("tasks").asText() + "/"
                    + params.get("size").asText());
            assertEquals("avgt", benchmark.get("mode").asText());
            assertTrue(benchmark.get("primaryMetric").get("score").asDouble() > 0, benchmark.toString());
            JsonNode secondary = benchmark.get("secondaryMetrics");
            assertTrue(secondary.has("\u00b7cpu.busy"), "the launcher adds the machine-load profiler to every run: "
                    + secondary);
            for (String config : configs.split("\\+")) {
                JsonNode batch = secondary.get("\u00b7batch:" + config);
                assertEquals(1, batch.get("rawData").get(0).size(), config + ": one iteration's time in " + secondary);
                assertTrue(batch.get("score").asDouble() > 0, config + ": " + batch);
            }
            assertTrue(secondary.has("\u00b7order:first/later"), secondary.toString());
        }
        assertEquals(Set.of("collatz/sequential@1+virtual@1+virtual@2+" + twin + "/2/12",
                "fib/sequential@1+virtual@1+virtual@2+" + twin + "/2/12"), combinations);

        JsonNode environment = new ObjectMapper().readTree(folder.resolve("environment.json").toFile());
        assertEquals(String.valueOf(Runtime.getRuntime().availableProcessors()), environment.get("cores").asText());
        assertEquals("CPU", environment.get("workloadKinds").get("collatz").asText());
        java.nio.file.Path kernelHost = java.nio.file.Path.of("/proc/sys/kernel/hostname");
        assertEquals(Files.isReadable(kernelHost) ? Files.readString(kernelHost).trim()
                : java.net.InetAddress.getLocalHost().getHostName(), environment.get("host").asText(),
                "the host tells machines apart in a report of several");
        assertTrue(environment.get("cpuSpeed").get("microsPerCall").asDouble() > 0, environment.toString());
        assertEquals(15, environment.get("cpuSpeed").get("rounds").asInt(), environment.toString());
        String log = Files.readString(folder.resolve("console.log"));
        assertTrue(log.contains("=== [2/2] collatz (tasks 2, size 12): 3 configurations side by side, A/A twin " + twin
                + "; 0:"), log);
        assertTrue(log.matches("(?s).*\\nEstimate: about \\d+:\\d\\d .*"), log);
        assertTrue(log.contains("Results: " + folder), log);
        String report = Files.readString(folder.resolve("report.md"));
        assertTrue(report.contains("collatz"), report);
        assertTrue(Files.size(folder.resolve("results.csv")) > 0);
        assertTrue(output.contains("Results: " + folder), output);
        assertTrue(java.util.regex.Pattern.compile("(?m)^Disturbed points: \\d+ of 6\\b").matcher(output).find(),
                "the run ends with its count of disturbed points: " + output);
        assertTrue(output.contains("Stability: "), output);
        assertTrue(output.contains("CPU speed: fib(24) on one thread: "), output);
        assertTrue(java.util.regex.Pattern.compile(
                "(?m)^benchmark +workload +engine +threads +tasks +size +score +(error +)?unit( +cores busy +foreign cpu)?$").matcher(output).find(),
                "the summary table leaves out the empty 'other params' column: " + output);
        assertTrue(java.util.regex.Pattern.compile(
                "(?m)^GroupBenchmark\\.round +fib +virtual +2 +2 +12 +[0-9.]+( +± [0-9.]+)? +ms/op$").matcher(output)
                .find(), output);
    }
}
