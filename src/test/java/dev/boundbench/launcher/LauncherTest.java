package dev.boundbench.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
        assertTrue(out().contains("  fork-join         a ForkJoinPool"), out());
        assertTrue(out().contains("  cpython-processes CPython: a ProcessPoolExecutor of `threads` processes"), out());
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
    void dryRun_pythonMissing_plansTheCPythonEnginesOutInOneLine() {
        assertEquals(0, run("--dry-run", "--workload", "fib", "--engine", "virtual,cpython-threads,cpython-asyncio",
                "--python", "/nonexistent/python3"));
        assertTrue(out().contains("Plan: 1 JMH runs, 3 points"), out());
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
        assertTrue(out().contains("  sleep on virtual, threads 10,100,1000 (tasks 1000, size 10)"), out());
        try (var files = Files.list(results)) {
            assertEquals(0, files.count());
        }
    }
}
