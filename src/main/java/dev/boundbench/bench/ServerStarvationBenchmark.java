package dev.boundbench.bench;

import dev.boundbench.server.FibClient;
import dev.boundbench.server.FibServer;
import dev.boundbench.server.ServerModel;
import java.io.IOException;
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
 * The articles' claim 6: fib(1) requests per second from one client of a fib server on 127.0.0.1,
 * alone or while a neighbour client keeps asking for fib(30); per connection a platform or a virtual
 * thread, and, for the event-loop case, virtual threads on one carrier.
 * Run: {@code ./run-benchmarks.sh ServerStarvationBenchmark}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(1)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 5, time = 1)
public class ServerStarvationBenchmark {

    /** How the server runs each connection. */
    @Param
    ServerModel model;

    /** {@code none}, or {@code fib30}: a second client asking for fib(30) in a loop. */
    @Param({"none", "fib30"})
    String neighbour;

    private FibServer server;
    private FibClient fast;
    private FibClient slow;
    private Thread neighbourThread;
    private volatile boolean stopping;

    @Setup(Level.Trial)
    public void startServerAndClients() throws IOException {
        if (!neighbour.equals("none") && !neighbour.equals("fib30")) {
            throw new IllegalArgumentException("neighbour must be none or fib30, got \"" + neighbour + "\"");
        }
        server = FibServer.start(model);
        fast = new FibClient(server.port());
        if (neighbour.equals("fib30")) {
            slow = new FibClient(server.port());
            slow.ask(30);
            neighbourThread = Thread.ofPlatform().name("boundbench-neighbour").start(this::askFib30UntilStopped);
        }
    }

    private void askFib30UntilStopped() {
        try {
            while (!stopping) {
                slow.ask(30);
            }
        } catch (IOException closedAtTearDown) {
            // The server closed the connection: the trial is over.
        }
    }

    /** One fib(1) request and its answer, while the neighbour (if any) keeps a handler busy. */
    @Benchmark
    public long fastRequest() throws IOException {
        return fast.ask(1);
    }

    /** The same with one carrier for virtual threads: a CPU-bound handler holds it until it answers. */
    @Benchmark
    @Fork(value = 1, jvmArgsAppend = "-Djdk.virtualThreadScheduler.parallelism=1")
    public long fastRequest_oneCarrier() throws IOException {
        return fast.ask(1);
    }

    @TearDown(Level.Trial)
    public void stop() throws IOException, InterruptedException {
        stopping = true;
        server.close();
        if (neighbourThread != null) {
            neighbourThread.join();
            slow.close();
        }
        fast.close();
    }
}
