package dev.boundbench.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real run of three points, one of them then marked disturbed in its results.json (as a busy
 * neighbour would have left it), and {@code --rerun-disturbed} on it: that point alone is measured
 * again, into a new folder that holds the other two as they were.
 */
@Timeout(value = 240, unit = TimeUnit.SECONDS)
class RerunEndToEndTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final List<String> SMALLEST = List.of("--", "-f", "1", "-wi", "0", "-i", "2", "-r", "100ms");

    @TempDir
    Path root;

    private static String run(List<String> args) throws Exception {
        try (LauncherProcess launcher = new LauncherProcess(List.of(), args)) {
            int status = launcher.exitStatus(Duration.ofSeconds(150));
            String output = launcher.out() + launcher.err();
            assertEquals(0, status, output);
            return output;
        }
    }

    private static Path onlyFolder(Path parent) throws Exception {
        try (Stream<Path> folders = Files.list(parent)) {
            List<Path> made = folders.toList();
            assertEquals(1, made.size(), made.toString());
            return made.get(0);
        }
    }

    private static JsonNode pointAt(JsonNode results, String engine, String threads) {
        for (JsonNode entry : results) {
            if (entry.get("params").get("engine").asText().equals(engine)
                    && entry.get("params").get("threads").asText().equals(threads)) {
                return entry;
            }
        }
        throw new AssertionError("no " + engine + " at " + threads + " in " + results);
    }

    /**
     * Sets every point's foreign CPU and steal to 0, as on a machine nothing disturbed, and drops its
     * timing of the core: the other tests running beside this one move it.
     */
    private static void quiet(ArrayNode results) throws Exception {
        for (JsonNode entry : results) {
            ((ObjectNode) entry.get("secondaryMetrics")).remove("\u00b7cpu.speed");
            for (String metric : List.of("\u00b7cpu.foreign", "\u00b7cpu.steal")) {
                ObjectNode m = (ObjectNode) entry.get("secondaryMetrics").get(metric);
                m.put("score", 0.0);
                m.set("rawData", MAPPER.readTree("[[0.0, 0.0]]"));
            }
        }
    }

    @Test
    void rerunDisturbed_measuresTheDisturbedPointAgain_andCopiesTheRest() throws Exception {
        Path firstRoot = root.resolve("first");
        run(Stream.concat(Stream.of("--workload", "fib", "--engine", "sequential,virtual", "--threads", "1,2",
                "--tasks", "2", "--size", "12", "--results-dir", firstRoot.toString()), SMALLEST.stream()).toList());
        Path first = onlyFolder(firstRoot);
        ArrayNode results = (ArrayNode) MAPPER.readTree(first.resolve("results.json").toFile());
        quiet(results); // whatever this machine's hypervisor did during the first run
        ObjectNode foreign = (ObjectNode) pointAt(results, "VIRTUAL", "2").get("secondaryMetrics").get("\u00b7cpu.foreign");
        foreign.put("score", 0.9);
        foreign.set("rawData", MAPPER.readTree("[[0.9, 0.9]]"));
        ((ObjectNode) pointAt(results, "VIRTUAL", "2").get("primaryMetric")).put("score", 999_999.0);
        MAPPER.writeValue(first.resolve("results.json").toFile(), results);
        // Without the earlier core speed the rerun does not wait for the core to match it (SpeedWaitTest does that).
        ObjectNode firstEnvironment = (ObjectNode) MAPPER.readTree(first.resolve("environment.json").toFile());
        firstEnvironment.remove("cpuSpeed");
        MAPPER.writeValue(first.resolve("environment.json").toFile(), firstEnvironment);
        String earlierResults = Files.readString(first.resolve("results.json"));
        String earlierEnvironment = Files.readString(first.resolve("environment.json"));

        Path secondRoot = root.resolve("second");
        String output = run(Stream.concat(Stream.of("--rerun-disturbed", first.toString(), "--results-dir",
                secondRoot.toString()), SMALLEST.stream()).toList());

        assertTrue(output.contains("Note: Re-measuring 1 disturbed point of " + first + " with its profile (quick); its"
                + " other 2 results are copied as they were."), output);
        assertTrue(output.contains("Plan: 1 point (one JMH run each), profile quick ("), output);
        assertTrue(output.contains("=== [1/1] fib on virtual, threads 2 (tasks 2, size 12); "), output);
        Path second = onlyFolder(secondRoot);
        JsonNode merged = MAPPER.readTree(second.resolve("results.json").toFile());
        assertEquals(3, merged.size(), merged.toString());
        assertEquals(pointAt(results, "SEQUENTIAL", "1"), pointAt(merged, "SEQUENTIAL", "1"), "copied as it was");
        assertEquals(pointAt(results, "VIRTUAL", "1"), pointAt(merged, "VIRTUAL", "1"), "copied as it was");
        JsonNode again = pointAt(merged, "VIRTUAL", "2");
        assertNotEquals(999_999.0, again.get("primaryMetric").get("score").asDouble(), "measured again");
        assertTrue(again.get("primaryMetric").get("score").asDouble() > 0, again.toString());
        assertNotEquals(0.9, again.get("secondaryMetrics").get("\u00b7cpu.foreign").get("score").asDouble());

        JsonNode environment = MAPPER.readTree(second.resolve("environment.json").toFile());
        JsonNode earlier = MAPPER.readTree(earlierEnvironment);
        assertEquals(earlier.get("started"), environment.get("started"), "the earlier run's environment");
        assertTrue(environment.get("remeasured").asText().startsWith("1 disturbed point of " + first.getFileName()
                + ", on "), environment.toString());
        assertTrue(environment.get("remeasured").asText().contains("; cpuSpeed then: fib(24) on one thread: "),
                environment.toString());
        String report = Files.readString(second.resolve("report.md"));
        assertTrue(report.contains("**Re-measured**: 1 disturbed point of " + first.getFileName()), report);
        assertEquals(earlierResults, Files.readString(first.resolve("results.json")), "the earlier run is left alone");
        assertEquals(earlierEnvironment, Files.readString(first.resolve("environment.json")));

        Path quiet = Files.createDirectories(root.resolve("quiet"));
        quiet(results);
        MAPPER.writeValue(quiet.resolve("results.json").toFile(), results);
        Files.writeString(quiet.resolve("environment.json"), earlierEnvironment);
        Path thirdRoot = root.resolve("third");
        String nothing = run(List.of("--rerun-disturbed", quiet.toString(), "--results-dir", thirdRoot.toString()));
        assertTrue(nothing.contains("No disturbed point, and none on a core off the run's speed, in " + quiet + " that can be re-measured (0 of 3 results)."),
                nothing);
        assertTrue(Files.notExists(thirdRoot), "nothing measured, no folder made");
    }
}
