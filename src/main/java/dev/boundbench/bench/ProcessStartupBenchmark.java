package dev.boundbench.bench;

import dev.boundbench.engine.process.ChildJvm;
import dev.boundbench.engine.process.ProcessPool;
import dev.boundbench.engine.process.ProcessPoolOptions;
import dev.boundbench.workload.Task;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
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
 * Start-up: time until {@code workers} new process-pool workers have each answered a first task
 * (fib(1)), beside as many bare "hello" JVMs started with the same command line, with and without
 * lean flags and the AOT cache; one start per iteration, stopped after it.
 * Run: {@code java -jar target/benchmarks.jar ProcessStartupBenchmark -f 1 -wi 5 -i 20}
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@State(Scope.Benchmark)
@Fork(1)
@Warmup(iterations = 5)
@Measurement(iterations = 20)
public class ProcessStartupBenchmark {

    /** How many workers (or hello JVMs) start at once. */
    @Param({"1", "2"})
    public int workers;

    /** {@code plain}: no lean flags, no AOT cache; {@code lean}; {@code aot}; {@code lean-aot}: both. */
    @Param({"plain", "lean", "aot", "lean-aot"})
    public String launch;

    private ProcessPoolOptions options;
    private ProcessPool pool;
    private final List<Process> hellos = new ArrayList<>();

    @Setup(Level.Trial)
    public void makeCache() {
        ProcessPoolOptions defaults = ProcessPoolOptions.fromSystemProperties();
        options = switch (launch) {
            case "plain" -> defaults.withLean(false).withAot(ProcessPoolOptions.AotMode.OFF);
            case "lean" -> defaults.withLean(true).withAot(ProcessPoolOptions.AotMode.OFF);
            case "aot" -> defaults.withLean(false).withAot(ProcessPoolOptions.AotMode.AUTO);
            case "lean-aot" -> defaults.withLean(true).withAot(ProcessPoolOptions.AotMode.AUTO);
            default -> throw new IllegalArgumentException("Unknown launch \"" + launch
                    + "\"; valid: plain, lean, aot, lean-aot");
        };
        System.out.println("worker command: " + ChildJvm.command(HelloMain.class.getName(), options, List.of()));
    }

    /** Starts the workers and returns once each has answered fib(1). */
    @Benchmark
    public long worker_firstTask() throws InterruptedException {
        pool = new ProcessPool(workers, options);
        return pool.runOnEachWorker(new Task("fib", 1)).length;
    }

    /** Starts the hello JVMs and returns once each has written its byte. */
    @Benchmark
    public long hello_firstByte() throws IOException {
        List<String> command = ChildJvm.command(HelloMain.class.getName(), options, List.of());
        for (int i = 0; i < workers; i++) {
            hellos.add(new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start());
        }
        long bytes = 0;
        for (Process hello : hellos) {
            InputStream in = hello.getInputStream();
            bytes += in.read();
        }
        return bytes;
    }

    @TearDown(Level.Iteration)
    public void stop() throws InterruptedException {
        if (pool != null) {
            pool.close();
            pool = null;
        }
        for (Process hello : hellos) {
            hello.waitFor();
        }
        hellos.clear();
    }
}
