package dev.boundbench.bench;

import dev.boundbench.engine.process.ChildJvm;
import dev.boundbench.engine.process.ProcessPool;
import dev.boundbench.engine.process.ProcessPoolOptions;
import dev.boundbench.workload.Task;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Dispatch: one trivial task (fib(1)) through a one-worker process pool, beside a raw 24-byte pipe
 * round trip to a child JVM that echoes stdin, and per-task cost in batches of 1000, pipelined and not.
 * Run: {@code java -jar target/benchmarks.jar ProcessDispatchBenchmark -f 1 -wi 3 -i 5}
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@State(Scope.Benchmark)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class ProcessDispatchBenchmark {

    private static final int BATCH = 1000;
    /** About the size of a request frame for {@code fib(1)}. */
    private static final int FRAME_BYTES = 24;

    private final List<Task> one = List.of(new Task("fib", 1));
    private final List<Task> batch = Collections.nCopies(BATCH, new Task("fib", 1));
    private final byte[] frame = new byte[FRAME_BYTES];
    private ProcessPool pool;
    private ProcessPool unpipelined;
    private Process echo;
    private OutputStream echoOut;
    private InputStream echoIn;

    @Setup(Level.Trial)
    public void start() throws IOException {
        ProcessPoolOptions options = ProcessPoolOptions.fromSystemProperties();
        pool = new ProcessPool(1, options);
        unpipelined = new ProcessPool(1, options.withMaxWindow(1));
        echo = new ProcessBuilder(ChildJvm.command(EchoMain.class.getName(), options, List.of()))
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        echoOut = echo.getOutputStream();
        echoIn = echo.getInputStream();
    }

    /** Writes a frame to the echo child and reads it back. */
    @Benchmark
    public int rawPipe_roundTrip() throws IOException {
        frame[0]++;
        echoOut.write(frame);
        echoOut.flush();
        int read = 0;
        while (read < FRAME_BYTES) {
            int n = echoIn.read(frame, read, FRAME_BYTES - read);
            if (n < 0) {
                throw new IOException("The echo child ended");
            }
            read += n;
        }
        return frame[0];
    }

    /** One fib(1) task through the pool. */
    @Benchmark
    public long processPool_roundTrip() throws InterruptedException {
        return pool.run(one)[0];
    }

    /** A batch of 1000 fib(1) tasks, pipelined; the score is per task. */
    @Benchmark
    @OperationsPerInvocation(BATCH)
    public long processPool_pipelined() throws InterruptedException {
        return sum(pool.run(batch));
    }

    /** The same batch with one task in flight at a time (window 1); the score is per task. */
    @Benchmark
    @OperationsPerInvocation(BATCH)
    public long processPool_unpipelined() throws InterruptedException {
        return sum(unpipelined.run(batch));
    }

    private static long sum(long[] values) {
        long sum = 0;
        for (long value : values) {
            sum += value;
        }
        return sum;
    }

    @TearDown(Level.Trial)
    public void stop() throws IOException, InterruptedException {
        pool.close();
        unpipelined.close();
        echoOut.close();
        echo.waitFor(5, TimeUnit.SECONDS);
        echo.destroyForcibly();
    }
}
