package dev.boundbench.bench;

import dev.boundbench.engine.Engine;
import dev.boundbench.engine.EngineType;
import dev.boundbench.workload.Task;
import dev.boundbench.workload.WorkloadDescriptor;
import dev.boundbench.workload.WorkloadRunner;
import java.util.Collections;
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

/**
 * Time to run one batch of {@code tasks} identical tasks of a workload on an engine with
 * {@code threads} threads (or processes): the speedup curves come from varying {@code threads}.
 * Run the whole matrix with {@code ./run-benchmarks.sh}, or one point with
 * {@code java -jar target/benchmarks.jar ScalingBenchmark -p workload=fib -p engine=VIRTUAL -p threads=2}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
public class ScalingBenchmark {

    /** A workload name, see {@code ./run-benchmarks.sh --list}. */
    @Param("fib")
    String workload;

    /** Left without values: every engine. */
    @Param
    EngineType engine;

    /** Threads (or worker processes) of the engine. */
    @Param("1")
    int threads;

    /** Tasks per batch; one benchmark operation is one batch. */
    @Param("8")
    int tasks;

    /** The workload's size, or "default" for the size its annotation gives. */
    @Param("default")
    String size;

    private WorkloadRunner runner;
    private Engine pool;
    private List<Task> batch;
    private long expected;
    private long[] lastResults;

    @Setup(Level.Trial)
    public void startEngine() throws Exception {
        runner = WorkloadRunner.withDiscoveredWorkloads();
        WorkloadDescriptor descriptor = runner.catalog().get(workload);
        int resolvedSize = SizeParam.resolve(size, descriptor);
        Task task = new Task(workload, resolvedSize);
        batch = Collections.nCopies(tasks, task);
        expected = runner.run(task);
        pool = engine.create(threads, runner);
        lastResults = pool.run(batch);
        checkLastBatch();
    }

    /**
     * One operation: the whole batch, from first submission to last result. A CPython engine's
     * results (its workload's Python twin) are checked against the JVM's every batch: a batch there
     * takes milliseconds, the check microseconds.
     */
    @Benchmark
    public long[] batch() throws InterruptedException {
        long[] results = pool.run(batch);
        lastResults = results;
        if (engine.cpython()) {
            checkLastBatch();
        }
        return results;
    }

    @TearDown(Level.Iteration)
    public void checkLastBatch() {
        BatchCheck.verify(engine, lastResults, batch, expected);
    }

    @TearDown(Level.Trial)
    public void stopEngine() {
        try {
            if (pool != null) {
                pool.close();
            }
        } finally {
            runner.close();
        }
    }
}
