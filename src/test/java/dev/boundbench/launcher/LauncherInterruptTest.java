package dev.boundbench.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.boundbench.engine.Await;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * SIGTERM to the real launcher while its second point runs (a JMH fork with a process pool's
 * worker under it): the first point's results make a report marked partial, the exit status is
 * non-zero, and no process the launcher started outlives it. A point that fails ends the same way.
 */
@Timeout(value = 180, unit = TimeUnit.SECONDS)
class LauncherInterruptTest {

    @TempDir
    Path results;

    @Test
    void sigterm_duringSecondGroup_writesPartialReportAndLeavesNoProcess() throws Exception {
        List<ProcessHandle> tree;
        String output;
        int status;
        try (LauncherProcess launcher = new LauncherProcess(List.of(), List.of(
                "--workload", "fib,collatz", "--engine", "sequential,process-pool", "--threads", "1", "--tasks", "2",
                "--size", "12", "--results-dir", results.toString(),
                "--", "-f", "1", "-wi", "0", "-i", "4", "-r", "500ms"))) {
            assertTrue(launcher.awaitOut("=== [2/2] collatz (tasks 2, size 12)", Duration.ofSeconds(120)),
                    launcher.out() + launcher.err());
            tree = awaitGrandchild(launcher.process().toHandle());
            launcher.process().toHandle().destroy(); // SIGTERM; Process.destroy() would also close its output
            status = launcher.exitStatus(Duration.ofSeconds(60));
            output = launcher.out() + launcher.err();
        }

        assertEquals(143, status, "the JVM's status after SIGTERM: " + output);
        for (ProcessHandle process : tree) {
            process.onExit().get(2, TimeUnit.SECONDS);
            assertFalse(process.isAlive(), process + " outlived the launcher: " + process.info());
        }
        Path folder;
        try (Stream<Path> folders = Files.list(results)) {
            folder = folders.findFirst().orElseThrow();
        }
        Path report = folder.resolve("report.md");
        String log = Files.readString(folder.resolve("console.log"));
        assertTrue(output.contains("Partial report, interrupted by Ctrl-C or SIGTERM after 2 of 4 points: " + report),
                output + "\n--- console.log:\n" + log + "\n--- folder: " + java.util.Arrays.toString(folder.toFile().list()));
        String text = Files.readString(report);
        assertTrue(text.startsWith("# Benchmark report\n\n" + PartialReport.MARK + ": interrupted by Ctrl-C or SIGTERM"
                + " after 2 of 4 points; the rest of the plan was not measured.\n\n"), text);
        JsonNode measured = new ObjectMapper().readTree(folder.resolve("results.json").toFile());
        assertEquals(1, measured.size(), measured.toString());
        assertEquals("fib", measured.get(0).get("params").get("workload").asText());
        assertEquals("sequential@1+process-pool@1+process-pool@1#2", measured.get(0).get("params").get("configs").asText());
        assertTrue(Pattern.compile("(?im)^\\| process-pool +\\| +1 \\|").matcher(text).find(),
                "the report's table has the measured group's points: " + text);
        assertFalse(Pattern.compile("(?m)^#+ .*collatz").matcher(text).find(), "and not the group interrupted: " + text);
    }

    @Test
    void failedPoint_unpaired_writesPartialReportAndExitsOne() throws Exception {
        String err;
        try (LauncherProcess launcher = new LauncherProcess(List.of(), List.of(
                "--workload", "fib", "--engine", "sequential,process-pool", "--threads", "1", "--tasks", "2",
                "--size", "35", "--results-dir", results.toString(), "--yes", "--unpaired",
                "--", "-f", "1", "-wi", "0", "-i", "1", "-r", "100ms",
                "-jvmArgsAppend", "-Dboundbench.process.taskTimeoutMs=1"))) {
            assertEquals(1, launcher.exitStatus(Duration.ofSeconds(120)), launcher.out() + launcher.err());
            err = launcher.err();
        }
        assertTrue(err.startsWith("run-benchmarks.sh: the run failed at fib on process-pool, threads 1 (tasks 2,"
                + " size 35): dev.boundbench.engine.process.TaskTimeoutException: Task 0 (fib(35))"), err);
        assertEquals(1, err.lines().count(), err);
        Path folder;
        try (Stream<Path> folders = Files.list(results)) {
            folder = folders.findFirst().orElseThrow();
        }
        assertTrue(Files.readString(folder.resolve("report.md")).startsWith("# Benchmark report\n\n"
                + PartialReport.MARK + ": the run failed at point 2 of 2; the rest of the plan was not measured."));
        assertEquals(1, new ObjectMapper().readTree(folder.resolve("results.json").toFile()).size());
    }

    /** The launcher's process tree once JMH's fork has started its process-pool worker. */
    private static List<ProcessHandle> awaitGrandchild(ProcessHandle launcher) throws InterruptedException {
        Await.until("a process-pool worker under the launcher's JMH fork", Duration.ofSeconds(60),
                () -> launcher.descendants().anyMatch(p -> p.parent().map(parent -> parent.pid() != launcher.pid())
                        .orElse(false)));
        return launcher.descendants().toList();
    }
}
