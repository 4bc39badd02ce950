package dev.boundbench.bench;

import dev.boundbench.workload.Task;
import dev.boundbench.workload.WorkloadDescriptor;
import dev.boundbench.workload.WorkloadRunner;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.runner.IterationType;

/**
 * Paired measurement of a group: every configuration of {@code configs} (engine@threads joined by
 * {@code +}, one A/A twin marked {@code #2}) runs one batch of {@code tasks} tasks per round, in a fresh random order
 * each round, in a CPU-bound group each batch straight after an untimed lead-in of its own
 * ({@link Rounds}); one operation is one round. Each configuration's own time per iteration comes out as
 * {@link GroupProfiler}'s secondary results, so every ratio divides times measured in the same
 * seconds. {@code ./run-benchmarks.sh} runs one per group; by hand:
 * {@code java -jar target/benchmarks.jar GroupBenchmark -prof dev.boundbench.bench.GroupProfiler
 * -p workload=fib -p configs=sequential@1+platform-pool@2+virtual@2+platform-pool@2#2}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 5, time = 2)
public class GroupBenchmark {

    /** A workload name, see {@code ./run-benchmarks.sh --list}. */
    @Param("fib")
    String workload;

    /** Tasks per batch. */
    @Param("8")
    int tasks;

    /** The workload's size, or "default" for the size its annotation gives. */
    @Param("default")
    String size;

    /** The configurations, joined by {@code +} (JMH splits parameter values at commas): {@code engine@threads}, the A/A twin with {@code #2}. */
    @Param("sequential@1+platform-pool@1+platform-pool@2+platform-pool@2#2")
    String configs;

    /** Seeds the rounds' order; each fork mixes in its process id, so forks draw different orders. */
    @Param("1")
    long seed;

    private WorkloadRunner runner;
    private Rounds rounds;

    @Setup(Level.Trial)
    public void startConfigurations() throws Exception {
        runner = WorkloadRunner.withDiscoveredWorkloads();
        WorkloadDescriptor descriptor = runner.catalog().get(workload);
        Task task = new Task(workload, SizeParam.resolve(size, descriptor));
        List<ConfigId> ids = Arrays.stream(configs.split("\\+")).map(ConfigId::parse).toList();
        long forkSeed = seed ^ ProcessHandle.current().pid() * 0x9E3779B97F4A7C15L;
        rounds = new Rounds(ids, runner, task, tasks, runner.run(task), forkSeed, RoundLog.fork(),
                LeadIn.forKind(descriptor.kind()));
    }

    /** Tells the rounds whether this iteration warms up ({@link Rounds#warming}). */
    @Setup(Level.Iteration)
    public void startIteration(IterationParams iteration) {
        rounds.warming(iteration.getType() == IterationType.WARMUP);
    }

    /** One round: every configuration's batch once, each timed alone. */
    @Benchmark
    public long round() throws InterruptedException {
        return rounds.runOne();
    }

    @TearDown(Level.Trial)
    public void stopConfigurations() {
        try {
            if (rounds != null) {
                rounds.close();
                if (!RoundLog.fork().drained()) {
                    System.err.println("GroupBenchmark: each configuration's time is handed out by a profiler;"
                            + " add -prof " + GroupProfiler.class.getName());
                }
            }
        } finally {
            runner.close();
        }
    }
}
