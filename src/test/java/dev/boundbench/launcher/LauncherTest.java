package dev.boundbench.launcher;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.boundbench.workload.WorkloadCatalog;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The launcher's answers that need no JMH run: help, list, plan and bad input. */
class LauncherTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @TempDir
    Path results;

    private int run(String... args) {
        return new Launcher(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8)).run(List.of(args));
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void list_showsWorkloadsEnginesAndProfiles() {
        assertEquals(0, run("--list"));
        assertTrue(out().contains("  collatz      CPU  100000   " + cpuColumns() + "limit: steps summed over starts 1..limit"),
                out());
        assertTrue(out().contains("  sleep        IO   10       1,10,100,1000,10000  1000   milliseconds slept"), out());
        assertTrue(out().contains("  fork-join        a ForkJoinPool"), out());
        assertTrue(out().contains("  quick     forks 1, warm-up 1 x 300 ms, measurement 10 x 130 ms"), out());
    }

    /** The CPU ladder and task count columns on this machine, whatever its cores. */
    private static String cpuColumns() {
        int cores = Runtime.getRuntime().availableProcessors();
        StringBuilder ladder = new StringBuilder();
        for (int n = 1; n <= 2 * cores; n *= 2) {
            ladder.append(ladder.isEmpty() ? "" : ",").append(n);
        }
        if (Integer.highestOneBit(2 * cores) != 2 * cores) {
            ladder.append(',').append(2 * cores);
        }
        return String.format(java.util.Locale.ROOT, "%-20s %-6d ", ladder, 4 * cores);
    }

    @Test
    void run_unknownWorkload_exitsTwoBeforeAnyWork() {
        assertEquals(2, run("--workload", "fib,fob", "--results-dir", results.toString()));
        assertEquals("run-benchmarks.sh: Unknown workload \"fob\"; valid: collatz, fib, file-copy, prime-sum, sleep,"
                + " test-mark" + System.lineSeparator(), err());
        assertEquals(0, results.toFile().list().length, "no results folder for a refused run");
    }

    @Test
    void run_badJmhArgument_exitsTwoBeforeAnyWork() {
        assertEquals(2, run("--workload", "fib", "--results-dir", results.toString(), "--", "-f", "many"));
        assertTrue(err().startsWith("run-benchmarks.sh: JMH rejected the arguments after --:"), err());
        assertEquals(0, results.toFile().list().length);
    }

    @Test
    void run_everythingLeftOut_saysWhy() {
        assertEquals(2, run("--workload", "fib", "--engine", "sequential", "--threads", "2"));
        assertEquals("run-benchmarks.sh: Nothing to run: every point was left out (fib on sequential, threads 2"
                + " (tasks 8): sequential takes at most 1)" + System.lineSeparator(), err());
    }

    @Test
    void run_regexMatchingNothing_exitsTwoBeforeAnyWork() {
        assertEquals(2, run("NoSuchBenchmark", "--results-dir", results.toString()));
        assertEquals("run-benchmarks.sh: No benchmark matches NoSuchBenchmark; the benchmarks are listed by:"
                + " java -jar target/benchmarks.jar -l" + System.lineSeparator(), err());
        assertEquals(0, results.toFile().list().length);
    }

    @Test
    void dryRun_printsThePlanAndMakesNoFolder() throws Exception {
        assertEquals(0, run("--dry-run", "--workload", "sleep", "--engine", "virtual", "--results-dir",
                results.toString()));
        assertTrue(out().contains("  sleep on virtual, threads 10,100,1000 (tasks 1000, size 10)"), out());
        try (var files = Files.list(results)) {
            assertEquals(0, files.count());
        }
    }

    @Test
    void dryRun_printsTheEstimateFromTheTimedTasks() {
        assertEquals(0, run("--dry-run", "--workload", "fib", "--engine", "sequential", "--size", "20"));
        assertTrue(out().matches("(?s).*\\nEstimate: about \\d+:\\d\\d \\(limit without --yes: \\d+:\\d\\d, 4 × the"
                + " \\d+:\\d\\d these points take at the default sizes and tasks\\); tasks timed before the run:"
                + " fib size 20: [0-9.]+ [µm]?s a task\\n.*"), out());
        assertFalse(out().contains("Over the limit"), out());
    }

    @Test
    void dryRun_userWorkloadTwentyTimesItsSize_isOverTheLimitToo() {
        assertEquals(0, run("--dry-run", "--workload", "collatz", "--size", "2000000"));
        assertTrue(out().contains("Over the limit: the run stops here unless you add --yes."), out());
    }

    @Test
    void run_fibSize50_stopsWithOneLineBeforeAnyWork() {
        assertEquals(2, run("--workload", "fib", "--size", "50", "--results-dir", results.toString()));
        assertTrue(err().matches("run-benchmarks\\.sh: This run would take at least \\d+:\\d\\d, over the limit of"
                + " \\d+:\\d\\d \\(4 × the \\d+:\\d\\d these points take at the default sizes and tasks\\): fib size 50:"
                + " over 1\\.00 s a task \\(stopped\\)\\. Pass --yes to run it anyway, or choose a smaller --size or"
                + " --tasks\\R"), err());
        assertEquals(0, results.toFile().list().length, "no results folder for a refused run");
        assertEquals(List.of(), ProcessHandle.current().children().filter(ProcessHandle::isAlive).toList(),
                "the timed task's JVM is ended");
    }

    @Test
    void run_taskFailingWhenTimed_stopsWithOneLineBeforeAnyWork() {
        assertEquals(1, run("--workload", "test-mark", "--results-dir", results.toString()));
        assertEquals("run-benchmarks.sh: test-mark (size 0) failed when timed before the run:"
                + " java.lang.IllegalStateException: test-mark needs -Dboundbench.test.markers=<folder>"
                + System.lineSeparator(), err());
        assertEquals(0, results.toFile().list().length);
    }

    @Test
    void requireWithinLimit_fibSize50_passesWithYesOnly() throws Exception {
        RunRequest request = ArgumentParser.parse(List.of("--workload", "fib", "--engine", "virtual", "--size", "50"));
        RunRequest withYes = ArgumentParser.parse(List.of("--workload", "fib", "--engine", "virtual", "--size", "50",
                "--yes"));
        WorkloadCatalog catalog = WorkloadCatalog.discover();
        MatrixPlanner planner = new MatrixPlanner(catalog, 2);
        RunEstimate estimate = Launcher.estimate(planner.plan(request), request,
                JmhSession.parseJmhArguments(List.of()), catalog, planner, 2);

        assertTrue(estimate.overLimit());
        UsageException refused = assertThrows(UsageException.class, () -> Launcher.requireWithinLimit(estimate, request));
        assertTrue(refused.getMessage().startsWith("This run would take at least "), refused.getMessage());
        assertDoesNotThrow(() -> Launcher.requireWithinLimit(estimate, withYes));
    }
}
