package dev.boundbench.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.apache.commons.math3.stat.StatUtils;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.runner.options.VerboseMode;

/**
 * The harness checked against a plain timer: one scaling point (prime-sum up to 200,000, 8 tasks on
 * the sequential engine) measured by JMH and by {@link PlainTimer}'s {@code System.nanoTime} loop
 * over the same batches, each in a fresh JVM with the same flags: both must time whole batches.
 * Medians of 8 iterations of 200 ms on each side.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class HarnessCheckTest {

    private static final String WORKLOAD = "prime-sum";
    private static final int SIZE = 200_000;
    private static final int TASKS = 8;
    private static final int ITERATIONS = 8;
    private static final int ITERATION_MILLIS = 200;
    private static final int WARMUP_MILLIS = 600;

    @Test
    void jmhScore_sequentialPrimeSum_timesWholeBatchesLikeAPlainLoop() throws Exception {
        RunResult run = jmhRun();
        double jmh = StatUtils.percentile(iterations(run), 50);
        double plain = StatUtils.percentile(plainRounds(), 50);
        double ratio = jmh / plain;
        String figures = String.format(Locale.ROOT, "JMH %.3f ms vs plain %.3f ms per batch (%.3f)", jmh, plain, ratio);
        System.out.println("Harness check: " + figures);
        // Both time the same whole batches, so they agree within a factor of 2 on any machine, however
        // its speed drifts between the two; a harness that timed one task of the 8, the warm-up or an
        // empty loop would be off by 8 or more. How closely they agree is a measurement, made paired
        // in benchmarks.md ("Bare Java measured the same way"), not a timed test.
        assertTrue(ratio > 0.5 && ratio < 2, "JMH and a plain nanoTime loop measure different things: " + figures);
    }

    /** One fork of the scaling point. */
    private static RunResult jmhRun() throws RunnerException {
        OptionsBuilder options = new OptionsBuilder();
        options.include("^" + ScalingBenchmark.class.getName() + ".batch$")
                .param("workload", WORKLOAD).param("engine", "SEQUENTIAL").param("threads", "1")
                .param("tasks", Integer.toString(TASKS)).param("size", Integer.toString(SIZE))
                .forks(1).warmupIterations(1).warmupTime(TimeValue.milliseconds(WARMUP_MILLIS))
                .measurementIterations(ITERATIONS).measurementTime(TimeValue.milliseconds(ITERATION_MILLIS))
                .timeUnit(TimeUnit.MILLISECONDS).jvmArgs(jvmFlags().toArray(String[]::new))
                .verbosity(VerboseMode.SILENT).shouldFailOnError(true);
        RunResult run = new Runner(options.build()).runSingle();
        assertEquals("ms/op", run.getPrimaryResult().getScoreUnit());
        return run;
    }

    private static double[] iterations(RunResult run) {
        return run.getBenchmarkResults().stream().flatMap(b -> b.getIterationResults().stream())
                .mapToDouble(i -> i.getPrimaryResult().getScore()).toArray();
    }

    private static double[] plainRounds() throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmFlags());
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), PlainTimer.class.getName(), WORKLOAD,
                Integer.toString(SIZE), Integer.toString(TASKS), "SEQUENTIAL", "1", Integer.toString(WARMUP_MILLIS),
                Integer.toString(ITERATIONS), Integer.toString(ITERATION_MILLIS)));
        Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        try {
            String output = new String(process.getInputStream().readAllBytes());
            assertTrue(process.waitFor(60, TimeUnit.SECONDS), "plain timer did not end");
            assertEquals(0, process.exitValue(), output);
            double[] rounds = output.lines().mapToDouble(Double::parseDouble).toArray();
            assertEquals(ITERATIONS, rounds.length, output);
            return rounds;
        } finally {
            process.destroyForcibly();
        }
    }

    /** The same heap for both JVMs, so neither gets a different default. */
    private static List<String> jvmFlags() {
        List<String> flags = new ArrayList<>(List.of("-Xms256m", "-Xmx256m"));
        if (Runtime.version().feature() >= 23) {
            flags.add("--sun-misc-unsafe-memory-access=allow");
        }
        return flags;
    }

}
