package dev.boundbench.bench;

import dev.boundbench.engine.EngineType;
import dev.boundbench.engine.cpython.CPythonPool;
import dev.boundbench.workload.Task;
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
 * What the pipes add to a CPython engine's batch: an empty batch's round trip (a ping answered by
 * the Python worker's reader, no pool), and a batch of one trivial task (fib(1)) through the pool.
 * Run: {@code ./run-benchmarks.sh CPythonDispatchBenchmark} (with {@code --python PATH} for another interpreter).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@State(Scope.Benchmark)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class CPythonDispatchBenchmark {

    /** One of the CPython engines. */
    @Param({"CPYTHON_THREADS", "CPYTHON_PROCESSES", "CPYTHON_ASYNCIO"})
    EngineType engine;

    private final List<Task> one = List.of(new Task("fib", 1));
    private CPythonPool pool;

    @Setup(Level.Trial)
    public void start() {
        if (!engine.cpython()) {
            throw new IllegalArgumentException("CPythonDispatchBenchmark measures the CPython engines, got " + engine);
        }
        pool = (CPythonPool) engine.create(1, null);
    }

    /** An empty batch: JVM → Python worker → JVM through the pipes, answered without the pool. */
    @Benchmark
    public void emptyBatch_pipeRoundTrip() throws InterruptedException {
        pool.ping();
    }

    /** A batch of one fib(1): the pipes plus the pool's hand-off to a thread, process or coroutine and back. */
    @Benchmark
    public long[] oneTask_roundTrip() throws InterruptedException {
        return pool.run(one);
    }

    @TearDown(Level.Trial)
    public void stop() {
        pool.close();
    }
}
