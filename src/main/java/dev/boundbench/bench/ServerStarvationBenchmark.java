package dev.boundbench.bench;

import dev.boundbench.server.ClientLoad;
import dev.boundbench.server.FibClient;
import dev.boundbench.server.FibServer;
import dev.boundbench.server.ServerModel;
import dev.boundbench.workload.CpuWorkloads;
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
 * The articles' claim 6 for every server model: a client's fib(1) requests to a fib server on
 * 127.0.0.1, alone and beside {@code hogs} clients asking fib(30) in a loop ({@code fastRequest});
 * and one hog's own fib(30) requests beside the others and the fast client ({@code fibRequest}).
 * Sample-time mode: JMH's JSON holds each one's latency percentiles; one client waits for each
 * answer, so its requests per second are 1 / the mean latency.
 * Run: {@code ./run-benchmarks.sh ServerStarvationBenchmark}
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 1, jvmArgsAppend = "--add-opens=java.base/java.lang=ALL-UNNAMED")
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 4, time = 2)
public class ServerStarvationBenchmark {

    /** The fast requests' n. */
    static final int FAST_N = 1;

    /** The hogs' n. */
    static final int HOG_N = 30;

    /**
     * A server of one model with its background clients, started once per trial, and the client the
     * benchmark thread measures; the tear-down stops the clients, then the server.
     */
    abstract static class LoadedServer {

        private FibServer server;
        private ClientLoad fastLoad;
        private ClientLoad hogLoad;
        private FibClient measured;
        private int n;
        private long expected;

        /** Starts the server, the background fast and hog clients, then the measured client asking for fib({@code n}). */
        final void start(ServerModel model, int fastClients, int hogClients, int n) throws IOException {
            this.n = n;
            this.expected = CpuWorkloads.fib(n);
            server = FibServer.start(model);
            try {
                fastLoad = ClientLoad.start(server.port(), fastClients, FAST_N, "fast");
                hogLoad = ClientLoad.start(server.port(), hogClients, HOG_N, "hog");
                measured = new FibClient(server.port());
            } catch (IOException | RuntimeException e) {
                try {
                    stop();
                } catch (Exception alsoFailed) {
                    e.addSuppressed(alsoFailed);
                }
                throw e;
            }
        }

        /** One request of the measured client, its answer checked. */
        final long ask() throws IOException {
            long answer = measured.ask(n);
            if (answer != expected) {
                throw new IllegalStateException("fib(" + n + ") answered " + answer + ", expected " + expected);
            }
            return answer;
        }

        /** Stops what started: the hogs and the fast load finish their requests, then the client and server close. */
        @TearDown(Level.Trial)
        public void stop() throws IOException, InterruptedException {
            try (FibServer s = server; FibClient c = measured; ClientLoad f = fastLoad; ClientLoad h = hogLoad) {
                // try-with-resources closes them in reverse order, null ones skipped, every one even if another fails.
            }
        }
    }

    /** The fast client: fib(1), alone or beside {@code hogs} fib(30) clients. */
    @State(Scope.Benchmark)
    public static class FastClient extends LoadedServer {

        /** How the server runs each request. */
        @Param
        ServerModel model;

        /** Clients asking for fib(30) in a loop beside the measured one. */
        @Param({"0", "1", "4"})
        int hogs;

        @Setup(Level.Trial)
        public void start() throws IOException {
            if (hogs < 0) {
                throw new IllegalArgumentException("hogs must be 0 or more, got " + hogs);
            }
            start(model, 0, hogs, FAST_N);
        }
    }

    /** One of {@code hogs} fib(30) clients, beside the others and a fast client. */
    @State(Scope.Benchmark)
    public static class HogClient extends LoadedServer {

        /** How the server runs each request. */
        @Param
        ServerModel model;

        /** Clients asking for fib(30) in a loop, the measured one included. */
        @Param({"1", "4"})
        int hogs;

        @Setup(Level.Trial)
        public void start() throws IOException {
            if (hogs < 1) {
                throw new IllegalArgumentException("fibRequest measures one of the hogs: hogs must be 1 or more, got "
                        + hogs);
            }
            start(model, 1, hogs - 1, HOG_N);
        }
    }

    /** One fib(1) request and its answer, while the hogs (if any) keep the server busy. */
    @Benchmark
    public long fastRequest(FastClient client) throws IOException {
        return client.ask();
    }

    /** One fib(30) request and its answer, beside the other hogs and a fast client. */
    @Benchmark
    public long fibRequest(HogClient client) throws IOException {
        return client.ask();
    }
}
