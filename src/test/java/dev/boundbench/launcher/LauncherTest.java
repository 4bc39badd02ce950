package dev.boundbench.launcher;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.boundbench.engine.cpython.CPythonOptions;
import dev.boundbench.workload.WorkloadCatalog;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openjdk.jmh.runner.options.CommandLineOptions;

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
        // The columns widen to their longest cell, which grows with the cores: compare words, not spaces.
        String words = out().replaceAll(" +", " ");
        assertTrue(words.contains(" collatz CPU 100000 " + cpuColumns() + " limit: steps summed over starts 1..limit"),
                out());
        assertTrue(words.contains(" sleep IO 10 1,10,100,1000,10000 1000 milliseconds slept"), out());
        assertTrue(words.contains(" mixed MIXED 0,25,50,75,90,100 " + mixedLadder() + " "
                + 16 * Runtime.getRuntime().availableProcessors() + " I/O share: % of a 10 ms task slept, the rest"
                + " computed; run only when named: --workload mixed"), out());
        assertTrue(out().contains("  fork-join         a ForkJoinPool"), out());
        assertTrue(out().contains("  cpython-processes CPython: a ProcessPoolExecutor of `threads` processes"), out());
        assertTrue(out().contains("  quick     paired CPU groups: forks 1, warm-up 10 x 2000 ms, measurement 32 x 2000 ms"
                + " of rounds; other groups: forks 1, warm-up 2 x 1000 ms, measurement 8 x 2000 ms of rounds;"
                + " --unpaired points: forks 1, warm-up 1 x 300 ms, measurement 10 x 130 ms"), out());
    }

    /** The MIXED ladder on this machine: 1, 2, 4 … up to 16 × cores. */
    private static String mixedLadder() {
        int top = 16 * Runtime.getRuntime().availableProcessors();
        StringBuilder ladder = new StringBuilder();
        for (int n = 1; n <= top; n *= 2) {
            ladder.append(ladder.isEmpty() ? "" : ",").append(n);
        }
        if (Integer.highestOneBit(top) != top) {
            ladder.append(',').append(top);
        }
        return ladder.toString();
    }

    /** The CPU ladder and task count columns on this machine, whatever its cores, one space apart. */
    private static String cpuColumns() {
        int cores = Runtime.getRuntime().availableProcessors();
        StringBuilder ladder = new StringBuilder();
        for (int n = 1; n <= 2 * cores; n *= 2) {
            ladder.append(ladder.isEmpty() ? "" : ",").append(n);
        }
        if (Integer.highestOneBit(2 * cores) != 2 * cores) {
            ladder.append(',').append(2 * cores);
        }
        return ladder + " " + 4 * cores;
    }

    @Test
    void run_unknownWorkload_exitsTwoBeforeAnyWork() {
        assertEquals(2, run("--workload", "fib,fob", "--results-dir", results.toString()));
        assertEquals("run-benchmarks.sh: Unknown workload \"fob\"; valid: collatz, crawl, download, fib, file-copy,"
                + " mixed, prime-sum, sleep, test-mark" + System.lineSeparator(), err());
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
                + " (tasks " + 4 * Runtime.getRuntime().availableProcessors() + "): sequential takes at most 1)"
                + System.lineSeparator(), err());
    }

    @Test
    void run_regexMatchingNothing_exitsTwoBeforeAnyWork() {
        assertEquals(2, run("NoSuchBenchmark", "--results-dir", results.toString()));
        assertEquals("run-benchmarks.sh: No benchmark matches NoSuchBenchmark; the benchmarks are listed by:"
                + " java -jar target/benchmarks.jar -l" + System.lineSeparator(), err());
        assertEquals(0, results.toFile().list().length);
    }

    @Test
    void dryRun_mixed_showsTheSharesWithTheTextbookThreadCounts() {
        assertEquals(0, run("--dry-run", "--workload", "mixed", "--engine", "virtual", "--size", "0,90,100",
                "--threads", "2,4", "--tasks", "8"));
        int cores = Runtime.getRuntime().availableProcessors();
        assertTrue(out().contains("  mixed on virtual, threads 2,4 (tasks 8, size 90)"), out());
        assertTrue(out().contains("Note: mixed sizes (I/O share: % of a 10 ms task slept, the rest computed): the"
                + " textbook's best thread count, cores / (1 - share), on " + cores + (cores == 1 ? " core" : " cores")
                + ": 0 % -> " + cores + ", 90 % -> " + 10 * cores + ", 100 % -> unbounded"), out());
    }

    @Test
    void run_mixedShareOutOfRange_exitsTwoNamingTheValidOnes() {
        assertEquals(2, run("--workload", "mixed", "--size", "50,120", "--results-dir", results.toString()));
        assertEquals("run-benchmarks.sh: Workload mixed takes sizes 0 to 100 (I/O share: % of a 10 ms task slept, the"
                + " rest computed), got 120; by default it runs 0, 25, 50, 75, 90, 100" + System.lineSeparator(),
                err());
        assertEquals(0, results.toFile().list().length);
    }

    @Test
    void dryRun_sizeSweep_timesEachTaskAndSizesItsBatch() throws Exception {
        int cores = Runtime.getRuntime().availableProcessors();
        assertEquals(0, run("--dry-run", "--sweep", "size", "--workload", "fib", "--engine", "platform-pool",
                "--results-dir", results.toString()));
        String threads = cores == 1 ? "1" : "1," + cores;
        assertTrue(out().contains("Plan: " + 6 * threads.split(",").length + " points (in 6 paired groups, one JMH run"
                + " each, its points side by side in rounds)"), out());
        assertTrue(out().contains("  group fib (tasks 2000, size 5): " + threads.split(",").length
                + " configurations side by side, A/A twin platform-pool@" + cores + "#2"), out());
        assertTrue(out().contains("Size sweep: each batch holds about 10 ms of work on one thread (" + 4 * cores
                + " to 2000 tasks, whatever the profile's limit per thread); each task timed in this JVM after a"
                + " warm-up, or, when one run takes 100 ms or more, only in a JVM of its own, stopped at 1.00 s:\n"
                + "  fib 5: "), out());
        // fib(5) takes well under 5 µs anywhere, fib(30) well over 10 ms / (4 × cores) / 2.
        assertTrue(out().contains("  fib on platform-pool, threads " + threads + " (tasks 2000, size 5)"), out());
        assertTrue(out().contains("  fib on platform-pool, threads " + threads + " (tasks " + 4 * cores + ", size 30)"),
                out());
        try (var files = Files.list(results)) {
            assertEquals(0, files.count());
        }
    }

    @Test
    void list_showsEachCpuWorkloadsSweepLadder() {
        assertEquals(0, run("--list"));
        assertTrue(out().contains("Size sweep (--sweep size; the sizes of each CPU workload, smallest task first):\n"
                + "  collatz      none declared; give --size\n  fib          5,10,15,20,25,30\n"
                + "  prime-sum    30,200,1500,8000,50000,300000\n"), out());
    }

    @Test
    void dryRun_pythonMissing_plansTheCPythonEnginesOutInOneLine() {
        assertEquals(0, run("--dry-run", "--workload", "fib", "--engine", "virtual,cpython-threads,cpython-asyncio",
                "--python", "/nonexistent/python3"));
        assertTrue(out().contains(" (in 1 paired group, one JMH run each, its points side by side in rounds)"),
                out());
        assertTrue(out().contains("  fib on virtual, threads "), out());
        assertFalse(out().contains("  fib on cpython"), out());
        assertTrue(out().contains("  cpython-threads, cpython-asyncio: no Python interpreter: /nonexistent/python3 does"
                + " not exist; install python3 or name one with --python" + System.lineSeparator()), out());
    }

    @Test
    void run_blankPython_isAUsageError() {
        assertEquals(2, run("--python=", "--results-dir", results.toString()));
        assertEquals("run-benchmarks.sh: Option --python needs an interpreter, e.g. --python /usr/bin/python3.13t"
                + System.lineSeparator(), err());
    }

    @Test
    void dryRun_printsThePlanAndMakesNoFolder() throws Exception {
        assertEquals(0, run("--dry-run", "--workload", "sleep", "--engine", "virtual", "--results-dir",
                results.toString()));
        assertTrue(out().contains("  sleep on virtual, threads 100,1000 (tasks 1000, size 10)"), out());
        try (var files = Files.list(results)) {
            assertEquals(0, files.count());
        }
    }

    @Test
    void dryRun_printsTheEstimateFromTheTimedTasks() {
        assertEquals(0, run("--dry-run", "--workload", "fib", "--engine", "sequential", "--size", "20", "--tasks",
                "8"));
        assertTrue(out().matches("(?s).*\\nEstimate: about \\d+:\\d\\d \\(limit without --yes: \\d+:\\d\\d, 4 × the"
                + " \\d+:\\d\\d these points take at the default sizes and tasks\\); tasks timed before the run:"
                + " fib size 20: [0-9.]+ [µm]?s a task\\n.*"), out());
        assertFalse(out().contains("Over the limit"), out());
    }

    @Test
    void dryRun_cpythonEngine_timesThePythonTwinBesideTheJvmsTask() {
        assertEquals(0, run("--dry-run", "--workload", "fib", "--engine", "virtual,cpython-threads", "--size", "20"));
        assertTrue(out().matches("(?s).*; tasks timed before the run: fib size 20: [0-9.]+ [µm]?s a task,"
                + " fib size 20 in CPython: [0-9.]+ [µm]?s a task\\n.*"), out());
    }

    @Test
    void run_cpythonFibSize40_stoppedWhenTimedInCPythonAndRefused() {
        assertEquals(2, run("--workload", "fib", "--engine", "cpython-asyncio", "--size", "40", "--results-dir",
                results.toString()));
        assertTrue(err().matches("run-benchmarks\\.sh: This run would take at least (\\d+:)?\\d+:\\d\\d, over the limit of"
                + " .*: fib size 40 in CPython: over 1\\.00 s a task \\(stopped\\)\\. Pass --yes.*\\R"), err());
        assertEquals(0, results.toFile().list().length, "no results folder for a refused run");
        assertEquals(List.of(), ProcessHandle.current().children().filter(ProcessHandle::isAlive).toList(),
                "the Python timing the twin is ended");
    }

    @Test
    void dryRun_userWorkloadTwentyTimesItsSize_isOverTheLimitToo() {
        assertEquals(0, run("--dry-run", "--workload", "collatz", "--size", "2000000"));
        assertTrue(out().contains("Over the limit: the run stops here unless you add --yes."), out());
    }

    @Test
    void run_fibSize50_stopsWithOneLineBeforeAnyWork() {
        assertEquals(2, run("--workload", "fib", "--size", "50", "--results-dir", results.toString()));
        assertTrue(err().matches("run-benchmarks\\.sh: This run would take at least (\\d+:)?\\d+:\\d\\d, over the limit of"
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
        CommandLineOptions jmh = JmhSession.parseJmhArguments(List.of());
        RunEstimate estimate = Launcher.estimate(planner.plan(request), request, jmh,
                new TaskTimer(TaskTimer.forkFlags(jmh)), catalog, planner, 2, () -> {
                    throw new AssertionError("no CPython engine is planned");
                }, CPythonOptions.fromSystemProperties());

        assertTrue(estimate.overLimit());
        UsageException refused = assertThrows(UsageException.class, () -> Launcher.requireWithinLimit(estimate, request));
        assertTrue(refused.getMessage().startsWith("This run would take at least "), refused.getMessage());
        assertDoesNotThrow(() -> Launcher.requireWithinLimit(estimate, withYes));
    }
}
