package dev.boundbench.launcher;

import static dev.boundbench.analysis.JmhJson.params;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.boundbench.analysis.JmhJson;
import dev.boundbench.engine.EngineType;
import dev.boundbench.monitor.CpuSpeed;
import dev.boundbench.workload.WorkloadCatalog;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which points of an earlier run {@code --rerun-disturbed} measures again, and what it records. */
class RerunTest {

    private static final WorkloadCatalog CATALOG = WorkloadCatalog.discover();

    @TempDir
    Path run;

    /** fib on sequential and virtual at 1 thread, virtual at 2 with {@code foreignAtVirtual2} cores of foreign CPU, and a disturbed server point. */
    private void write(double foreignAtVirtual2, String environment) throws Exception {
        JmhJson json = new JmhJson();
        String[][] points = {{"SEQUENTIAL", "1", "40"}, {"VIRTUAL", "1", "41"}, {"VIRTUAL", "2", "21"}};
        for (String[] p : points) {
            json.add(JmhSession.SCALING_BENCHMARK, "avgt", "ms/op", params("engine", p[0], "size", "30", "tasks", "8",
                    "threads", p[1], "workload", "fib"), Double.parseDouble(p[2]), 0.5);
            json.cpu(Integer.parseInt(p[1]), p[0].equals("VIRTUAL") && p[1].equals("2") ? foreignAtVirtual2 : 0.01, 0.1);
        }
        json.add("dev.boundbench.bench.ServerStarvationBenchmark.request", "avgt", "ms/op", params("model", "PLATFORM"),
                0.2, 0.01);
        json.cpu(1, 0.9, 0.1);
        json.write(run.resolve("results.json"));
        Files.writeString(run.resolve("environment.json"), environment);
    }

    private static final String ENVIRONMENT = "{\"started\" : \"2026-11-26T04:05:56Z\", \"profile\" : \"standard\", "
            + "\"cpuSpeed\" : \"fib(24) on one thread: 200 µs per call (median of 15 rounds; spread 9 %)\", "
            + "\"workloadKinds\" : {\"fib\" : \"CPU\"}}";

    @Test
    void of_picksTheDisturbedScalingPointsWithTheRunsProfile() throws Exception {
        write(0.4, ENVIRONMENT);

        Rerun rerun = Rerun.of(run, CATALOG);

        assertEquals(Profile.STANDARD, rerun.profile());
        assertEquals(List.of(new PlannedRun("fib", EngineType.VIRTUAL, List.of(2), 8, 30)), rerun.points());
        assertEquals(List.of("results.json: ServerStarvationBenchmark.request [avgt] (model=PLATFORM): only the scaling"
                + " matrix is re-measured by point; run ServerStarvationBenchmark.request again on its own"), rerun.leftOut());
        assertEquals(4, rerun.total());
        assertEquals("Re-measuring 1 disturbed point of " + run + " with its profile (standard); its other 3 results"
                + " are copied as they were.", rerun.describe());
        assertEquals(rerun.points(), Rerun.of(run.resolve("results.json"), CATALOG).points(), "the folder or its results.json");
    }

    @Test
    void of_nothingDisturbed_saysSo() throws Exception {
        write(0.01, ENVIRONMENT.replace("standard", "quick"));

        Rerun rerun = Rerun.of(run, CATALOG);

        assertEquals(List.of(), rerun.points());
        assertTrue(rerun.nothingToDo().startsWith("No disturbed point, and none on a core off the run's speed, in " + run + " that can be re-measured (0 of 4"
                + " results); left out: results.json: ServerStarvationBenchmark.request"), rerun.nothingToDo());
    }

    @Test
    void environmentAfter_keepsTheEarlierRunsAndRecordsEachRerun() throws Exception {
        write(0.4, ENVIRONMENT);
        Rerun rerun = Rerun.of(run, CATALOG);
        ObjectNode own = (ObjectNode) new ObjectMapper().readTree("{\"started\" : \"2026-11-26T06:00:00Z\", \"command\" : "
                + "\"./run-benchmarks.sh --rerun-disturbed r\", \"cpuSpeed\" : \"fib(24) on one thread: 330 µs per call\"}");

        ObjectNode after = rerun.environmentAfter(own);

        assertEquals("2026-11-26T04:05:56Z", after.get("started").asText());
        assertEquals("standard", after.get("profile").asText());
        String line = "1 disturbed point of " + run.getFileName() + ", on 2026-11-26T06:00:00Z by ./run-benchmarks.sh"
                + " --rerun-disturbed r; cpuSpeed then: fib(24) on one thread: 330 µs per call";
        assertEquals(line, after.get("remeasured").asText());
        Files.writeString(run.resolve("environment.json"), after.toString());
        assertEquals(line + "; then " + line, Rerun.of(run, CATALOG).environmentAfter(own).get("remeasured").asText());
    }

    @Test
    void speedWarning_onlyWhenTheCoreMovedOverTenPercent() throws Exception {
        write(0.4, ENVIRONMENT);
        Rerun rerun = Rerun.of(run, CATALOG);

        assertEquals("CPU speed now 300 µs per fib(24) call against 200 µs when " + run.getFileName() + " was measured"
                + " (+50 % time per call): the re-measured points ran on a slower core, and their ratios to the copied"
                + " points carry that difference.", rerun.speedWarning(new CpuSpeed(300, 4)));
        assertEquals("", rerun.speedWarning(new CpuSpeed(215, 4)));
    }

    @Test
    void of_notARunFolder_namesWhatIsMissing() throws Exception {
        assertEquals("--rerun-disturbed: no run folder at " + run.resolve("nope"),
                assertThrows(UsageException.class, () -> Rerun.of(run.resolve("nope"), CATALOG)).getMessage());
        new JmhJson().write(run.resolve("results.json"));
        assertEquals("--rerun-disturbed: " + run + " is not a run folder of this suite: it needs results.json and"
                + " environment.json (the profile comes from it)",
                assertThrows(UsageException.class, () -> Rerun.of(run, CATALOG)).getMessage());
        write(0.4, "{\"cores\" : \"2\"}");
        assertEquals("--rerun-disturbed: " + run.resolve("environment.json") + " records no profile",
                assertThrows(UsageException.class, () -> Rerun.of(run, CATALOG)).getMessage());
    }

    @Test
    void of_pointOnACoreOffTheRunsSpeed_isMeasuredAgainToo_andTheWaitAimsAtTheRunsSpeed() throws Exception {
        JmhJson json = new JmhJson();
        String[][] points = {{"SEQUENTIAL", "1", "200"}, {"VIRTUAL", "1", "205"}, {"VIRTUAL", "2", "330"},
            {"PLATFORM_POOL", "2", "198"}};
        for (String[] p : points) {
            json.add(JmhSession.SCALING_BENCHMARK, "avgt", "ms/op", params("engine", p[0], "size", "30", "tasks", "8",
                    "threads", p[1], "workload", "fib"), 40, 0.5);
            json.cpu(1, p[0].equals("PLATFORM_POOL") ? 0.4 : 0.01, 0.1);
            double micros = Double.parseDouble(p[2]);
            json.metric("\u00b7cpu.speed", "µs/call", micros, micros, micros);
        }
        json.write(run.resolve("results.json"));
        Files.writeString(run.resolve("environment.json"), ENVIRONMENT);

        Rerun rerun = Rerun.of(run, CATALOG);

        assertEquals(List.of(new PlannedRun("fib", EngineType.VIRTUAL, List.of(2), 8, 30),
                new PlannedRun("fib", EngineType.PLATFORM_POOL, List.of(2), 8, 30)), rerun.points());
        assertEquals(1, rerun.offSpeed());
        assertEquals(202.5, rerun.speedThen(), 1e-9, "the points' median, not the 200 µs cpuSpeed before the run");
        assertEquals("Re-measuring 2 points (1 disturbed, 1 on a core over 20 % off the run's median speed, 203 µs per"
                + " fib(24) call) of " + run + " with its profile (standard); its other 2 results are copied as they"
                + " were.", rerun.describe());
    }
}
