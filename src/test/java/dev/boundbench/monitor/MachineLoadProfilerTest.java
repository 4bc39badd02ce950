package dev.boundbench.monitor;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.boundbench.bench.ScalingBenchmark;
import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.runner.options.VerboseMode;

/**
 * The profiler through real JMH: one fork, short iterations, {@code ScalingBenchmark} at small
 * sizes. Runs are shared between tests (the sleep point without a hog serves two), and each is made
 * once. What holds on any machine is asserted always; a figure that needs the cores to itself (a
 * lower bound on the suite's own CPU, the foreign CPU a hog adds) is asserted only when the run's
 * own {@code cpu.foreign} says no other process shared it, and the test is skipped otherwise.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class MachineLoadProfilerTest {

    private static final int CORES = Runtime.getRuntime().availableProcessors();

    private static final Map<String, RunResult> RUNS = new ConcurrentHashMap<>();

    @Test
    void cpuBusy_fibSequential_isOneCore() throws Exception {
        RunResult run = fib("SEQUENTIAL", 1);
        double busy = score(run, MachineLoadProfiler.CPU_BUSY);
        assertTrue(busy <= 1.2, "cpu.busy " + busy);
        assumeQuiet(run);
        assertTrue(busy >= 0.8, "cpu.busy " + busy);
    }

    @Test
    void cpuBusy_fibPlatformPoolTwoThreads_usesEveryCoreUpToTwo() throws Exception {
        assertUsesEveryCoreUpToTwo(fib("PLATFORM_POOL", 2));
    }

    @Test
    void cpuBusy_fibProcessPoolTwoWorkers_countsTheWorkers() throws Exception {
        assertUsesEveryCoreUpToTwo(fib("PROCESS_POOL", 2));
    }

    private static void assertUsesEveryCoreUpToTwo(RunResult run) {
        double busy = score(run, MachineLoadProfiler.CPU_BUSY);
        assertTrue(busy > 0 && busy <= CORES + 0.2, "cpu.busy " + busy + " on " + CORES + " cores");
        assumeQuiet(run);
        assertTrue(busy >= 0.75 * Math.min(2, CORES), "cpu.busy " + busy + " on " + CORES + " cores");
    }

    @Test
    void cpuBusy_sleepsOnAPool_isNearZero() throws Exception {
        double busy = score(sleeps(false), MachineLoadProfiler.CPU_BUSY);
        assertTrue(busy <= 0.3, "cpu.busy " + busy);
    }

    @Test
    void cpuTime_isCpuBusyTimesScore() throws Exception {
        for (RunResult run : new RunResult[] {fib("SEQUENTIAL", 1), fib("PLATFORM_POOL", 2)}) {
            double expected = score(run, MachineLoadProfiler.CPU_BUSY) * run.getPrimaryResult().getScore();
            double cpuTime = score(run, MachineLoadProfiler.CPU_TIME);
            assertTrue(Math.abs(cpuTime - expected) <= 0.2 * expected, "cpu.time " + cpuTime + " ms/op, cpu.busy"
                    + " x score " + expected + " ms/op (" + run.getParams().getParam("engine") + ")");
        }
    }

    @Test
    void cpuForeign_cpuHogInAnotherProcess_isHalfACoreHigher() throws Exception {
        double with = score(sleeps(true), MachineLoadProfiler.CPU_FOREIGN);
        assertTrue(with >= 0.5, "cpu.foreign with a hog " + with);
        double steal = score(sleeps(true), MachineLoadProfiler.CPU_STEAL);
        assertTrue(steal >= 0 && steal <= 100, "cpu.steal " + steal);
        RunResult quiet = sleeps(false);
        assumeQuiet(quiet);
        double without = score(quiet, MachineLoadProfiler.CPU_FOREIGN);
        assertTrue(with - without >= 0.5, "cpu.foreign with a hog " + with + ", without " + without);
    }

    private static RunResult fib(String engine, int threads) throws RunnerException, IOException, InterruptedException {
        return run("fib", engine, threads, 16, 27, 200, false);
    }

    /**
     * Without the hog the warm-up is long: the JIT's compiler threads are the suite's CPU too, and
     * they keep about half a core busy for the first two to three seconds of this point.
     */
    private static RunResult sleeps(boolean hog) throws RunnerException, IOException, InterruptedException {
        // 100 sleeps of 10 ms on 10 platform threads: 100 ms a batch of waiting, a hand-off every ms.
        return run("sleep", "PLATFORM_POOL", 10, 100, 10, hog ? 200 : 4_000, hog);
    }

    private static double score(RunResult run, String label) {
        Result<?> result = run.getSecondaryResults().get(label);
        assertNotNull(result, label + " missing from " + run.getSecondaryResults().keySet());
        return result.getScore();
    }

    /** One fork, one warm-up iteration and three measured ones of 200 ms, with the profiler. */
    private static RunResult run(String workload, String engine, int threads, int tasks, int size, int warmupMillis,
            boolean withHog) throws RunnerException, IOException, InterruptedException {
        String key = String.join("/", workload, engine, String.valueOf(threads), String.valueOf(withHog));
        RunResult cached = RUNS.get(key);
        if (cached != null) {
            return cached;
        }
        OptionsBuilder options = new OptionsBuilder();
        options.include("^" + Pattern.quote(ScalingBenchmark.class.getName() + ".batch") + "$")
                .param("workload", workload).param("engine", engine).param("threads", String.valueOf(threads))
                .param("tasks", String.valueOf(tasks)).param("size", String.valueOf(size))
                .forks(1).warmupIterations(1).warmupTime(TimeValue.milliseconds(warmupMillis))
                .measurementIterations(3).measurementTime(TimeValue.milliseconds(200))
                .timeUnit(TimeUnit.MILLISECONDS).addProfiler(MachineLoadProfiler.class)
                .verbosity(VerboseMode.SILENT).shouldFailOnError(true);
        CpuHog hog = withHog ? CpuHog.start() : null;
        RunResult result;
        try {
            result = new Runner(options.build()).runSingle();
        } finally {
            if (hog != null) {
                hog.close();
            }
        }
        RUNS.put(key, result);
        return result;
    }

    /** Foreign CPU a run may see and still count as made on a quiet machine, in cores. */
    private static final double QUIET_FOREIGN_CORES = 0.25;

    /**
     * Skips the rest of a test when another process (the other test JVM, a build) took more than
     * {@link #QUIET_FOREIGN_CORES} during {@code run}: the suite's own share of the cores then says
     * nothing about the profiler, and making the run again until it is quiet would test the machine.
     */
    private static void assumeQuiet(RunResult run) {
        double foreign = score(run, MachineLoadProfiler.CPU_FOREIGN);
        assumeTrue(foreign <= QUIET_FOREIGN_CORES, "another process took " + foreign + " cores during the run;"
                + " the figure is asserted on a quiet machine only");
    }
}
