package dev.boundbench.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.boundbench.engine.Await;
import dev.boundbench.engine.LiveThreads;
import dev.boundbench.engine.cpython.CPythonOptions;
import dev.boundbench.engine.process.ChildProcesses;
import dev.boundbench.workload.CpuWorkloads;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The fib server over real sockets on 127.0.0.1, for every model. */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class FibServerTest {

    @ParameterizedTest
    @EnumSource(ServerModel.class)
    void ask_answersFib_andErrorsNameTheBadInput(ServerModel model) throws Exception {
        try (FibServer server = FibServer.start(model); FibClient client = new FibClient(server.port())) {
            assertEquals(832_040, client.ask(30));
            assertEquals(1, client.ask(1));
            assertEquals(0, client.ask(0));
            IOException error = assertThrows(IOException.class, () -> client.ask(-4));
            assertTrue(error.getMessage().startsWith("The fib server answered error: ")
                    && error.getMessage().contains("fib needs n >= 0, got -4"), error.getMessage());
            assertEquals(55, client.ask(10), "the connection survives an error");
            try (Socket raw = new Socket(InetAddress.getLoopbackAddress(), server.port());
                 BufferedReader in = reader(raw)) {
                raw.getOutputStream().write("fib(3)\n7\n".getBytes(StandardCharsets.US_ASCII));
                assertEquals("error: expected a whole number n, got \"fib(3)\"", in.readLine());
                assertEquals("13", in.readLine());
            }
        }
    }

    @ParameterizedTest
    @EnumSource(ServerModel.class)
    void ask_twoClientsAtOnce_eachGetsItsOwnAnswers(ServerModel model) throws Exception {
        try (FibServer server = FibServer.start(model);
             FibClient slow = new FibClient(server.port());
             FibClient fast = new FibClient(server.port())) {
            CompletableFuture<Long> slowAnswer = CompletableFuture.supplyAsync(() -> {
                try {
                    return slow.ask(32);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            for (int n = 0; n < 20; n++) {
                assertEquals(CpuWorkloads.fib(n), fast.ask(n));
            }
            assertEquals(2_178_309, slowAnswer.get(30, TimeUnit.SECONDS));
        }
    }

    @ParameterizedTest
    @EnumSource(ServerModel.class)
    void send_sixteenConnectionsPipeliningAtOnce_eachGetsItsAnswersInOrder(ServerModel model) throws Exception {
        ExecutorService clients = Executors.newFixedThreadPool(16);
        try (FibServer server = FibServer.start(model)) {
            List<Future<List<Long>>> answers = new ArrayList<>();
            for (int c = 0; c < 16; c++) {
                int first = c;
                answers.add(clients.submit(() -> {
                    try (FibClient client = new FibClient(server.port())) {
                        List<Long> got = new ArrayList<>();
                        for (int round = 0; round < 5; round++) {
                            client.send(first);
                            client.send(first + 1);
                            client.send(first + 2);
                            got.add(client.receive());
                            got.add(client.receive());
                            got.add(client.receive());
                        }
                        return got;
                    }
                }));
            }
            for (int c = 0; c < 16; c++) {
                List<Long> expected = new ArrayList<>();
                for (int round = 0; round < 5; round++) {
                    expected.addAll(List.of(CpuWorkloads.fib(c), CpuWorkloads.fib(c + 1), CpuWorkloads.fib(c + 2)));
                }
                assertEquals(expected, answers.get(c).get(30, TimeUnit.SECONDS), "connection " + c);
            }
        } finally {
            clients.shutdownNow();
        }
    }

    /** fib on the loop thread: a fast request sent while a fib(32) runs is answered only after it. */
    @Test
    void eventLoop_fastRequestBehindAFibOnTheLoop_isAnsweredAfterIt() throws Exception {
        try (FibServer server = FibServer.start(ServerModel.EVENT_LOOP);
             FibClient slow = new FibClient(server.port());
             FibClient fast = new FibClient(server.port())) {
            EventLoopServer loop = (EventLoopServer) server;
            slow.send(32);
            awaitReceived(loop, 1);
            fast.send(1);
            assertEquals(1, fast.receive());
            assertTrue(slow.answerArrived(), "the loop wrote fib(32)'s answer before it read the fast request");
            assertEquals(2_178_309, slow.receive());
        }
    }

    /** One carrier: a fast request sent while a handler computes fib(32) is answered only after it. */
    @Test
    void virtualOneCarrier_fastRequestBehindAFib_isAnsweredAfterIt() throws Exception {
        try (FibServer server = FibServer.start(ServerModel.VIRTUAL_ONE_CARRIER);
             FibClient slow = new FibClient(server.port());
             FibClient fast = new FibClient(server.port())) {
            assertEquals(1, fast.ask(1));
            assertEquals(1, slow.ask(1));
            Thread carrier = Thread.getAllStackTraces().keySet().stream()
                    .filter(t -> t.getName().equals(FibServer.THREAD_NAME_PREFIX + "carrier")).findFirst().orElseThrow();
            awaitState(carrier, Thread.State.WAITING);
            slow.send(32);
            awaitState(carrier, Thread.State.RUNNABLE);
            fast.send(1);
            assertEquals(1, fast.receive());
            assertTrue(slow.answerArrived(), "the carrier finished fib(32) before it ran the fast request's handler");
            assertEquals(2_178_309, slow.receive());
        }
    }

    /** Handed to a pool, a long fib leaves the loop free: twenty fast requests are answered while it runs. */
    @ParameterizedTest
    @EnumSource(value = ServerModel.class, names = {"EVENT_LOOP_THREAD_POOL", "EVENT_LOOP_PROCESS_POOL"})
    void eventLoopWithPool_fastRequestsBesideALongFib_areAnsweredBeforeIt(ServerModel model) throws Exception {
        try (FibServer server = FibServer.start(model);
             FibClient slow = new FibClient(server.port());
             FibClient fast = new FibClient(server.port())) {
            EventLoopServer loop = (EventLoopServer) server;
            assertEquals(1, fast.ask(1));
            slow.send(38);
            awaitReceived(loop, 2);
            for (int n = 0; n < 20; n++) {
                assertEquals(CpuWorkloads.fib(n), fast.ask(n));
            }
            assertFalse(slow.answerArrived(), "fib(38) is still running while the loop answers the fast requests");
            assertEquals(39_088_169, slow.receive());
        }
    }

    @ParameterizedTest
    @EnumSource(value = ServerModel.class, names = {"EVENT_LOOP", "EVENT_LOOP_THREAD_POOL", "EVENT_LOOP_PROCESS_POOL",
        "CPYTHON_THREADS", "CPYTHON_ASYNCIO", "CPYTHON_ASYNCIO_PROCESS_POOL"})
    void lineTooLong_answersAnErrorAndCloses(ServerModel model) throws Exception {
        try (FibServer server = FibServer.start(model);
             Socket raw = new Socket(InetAddress.getLoopbackAddress(), server.port());
             BufferedReader in = reader(raw)) {
            raw.getOutputStream().write("7".repeat(FibProtocol.MAX_LINE_BYTES + 10).getBytes(StandardCharsets.US_ASCII));
            assertEquals("error: a request line is longer than 64 bytes", in.readLine());
            assertEquals(null, in.readLine(), "then the server closes the connection");
            try (FibClient client = new FibClient(server.port())) {
                assertEquals(8, client.ask(6), "other connections go on");
            }
        }
    }

    /**
     * Close mid-request leaves nothing behind: no server or process-pool thread, no socket of this
     * JVM beyond those a first server of the same model left (the JDK keeps some of its own), no
     * child process.
     */
    @ParameterizedTest
    @EnumSource(ServerModel.class)
    void close_midRequest_leavesNoThreadSocketOrProcess(ServerModel model) throws Exception {
        try (FibServer first = FibServer.start(model); FibClient client = new FibClient(first.port())) {
            assertEquals(2, client.ask(3));
        }
        long sockets = openSockets();
        long children = ChildProcesses.live();

        try (FibServer server = FibServer.start(model); FibClient idle = new FibClient(server.port());
             FibClient busy = new FibClient(server.port())) {
            assertEquals(2, idle.ask(3));
            boolean killable = model == ServerModel.EVENT_LOOP_PROCESS_POOL;
            busy.send(killable ? 45 : 30);
            if (server instanceof EventLoopServer loop) {
                // idle's request and busy's: on the loop itself, fib(30) may be answered already
                awaitReceived(loop, 2);
            }
            server.close();
            assertThrows(IOException.class, () -> idle.ask(3));
            try {
                assertEquals(killable ? 1_134_903_170L : 832_040L, busy.receive(),
                        "a request that finished as the server closed");
            } catch (IOException closedFirst) {
                // Closed before it was answered, which is as good.
            }
            assertThrows(IOException.class, busy::receive, "then the connection is over");
        }

        assertEquals(List.of(), LiveThreads.named(FibServer.THREAD_NAME_PREFIX));
        assertEquals(List.of(), LiveThreads.named("boundbench-process-"));
        assertEquals(children, ChildProcesses.awaitLive(children, 5_000), "live child processes after close");
        assertEquals(sockets, openSockets(), "open sockets of this JVM after close");
    }

    /** CPython's cure: behind a process pool, a long fib leaves the loop free for the fast requests. */
    @Test
    void cpythonAsyncioProcessPool_fastRequestsBesideALongFib_areAnsweredBeforeIt() throws Exception {
        try (FibServer server = FibServer.start(ServerModel.CPYTHON_ASYNCIO_PROCESS_POOL);
             FibClient slow = new FibClient(server.port());
             FibClient fast = new FibClient(server.port())) {
            assertEquals(1, fast.ask(1));
            slow.send(33);
            for (int n = 0; n < 20; n++) {
                assertEquals(CpuWorkloads.fib(n), fast.ask(n));
            }
            assertFalse(slow.answerArrived(), "CPython's fib(33), about a second, still runs in a pool process");
            assertEquals(3_524_578, slow.receive());
        }
    }

    /**
     * The pool's processes are waited for before the server ends, so their CPU lands in this JVM's
     * reaped time (cutime + cstime), where the suite's CPU monitor finds it after the last iteration.
     */
    @Test
    void cpythonProcessPool_close_leavesThePoolsCpuInThisJvmsReapedTime() throws Exception {
        long reapedBefore = ticks(Path.of("/proc/self/stat"), CUTIME, CSTIME);
        long poolTicks;
        try (FibServer server = FibServer.start(ServerModel.CPYTHON_ASYNCIO_PROCESS_POOL);
             FibClient client = new FibClient(server.port())) {
            for (int i = 0; i < 8; i++) {
                assertEquals(CpuWorkloads.fib(27), client.ask(27));
            }
            long self = ProcessHandle.current().pid();
            poolTicks = 0;
            for (ProcessHandle pool : ProcessHandle.current().descendants()
                    .filter(p -> p.parent().map(ProcessHandle::pid).orElse(self) != self).toList()) {
                poolTicks += ticks(Path.of("/proc", Long.toString(pool.pid()), "stat"), UTIME, STIME);
            }
        }
        assertTrue(poolTicks > 0, "the pool's processes computed fib(27) eight times");
        long reaped = ticks(Path.of("/proc/self/stat"), CUTIME, CSTIME) - reapedBefore;
        assertTrue(reaped >= poolTicks, "reaped " + reaped + " ticks, the pool used " + poolTicks);
    }

    /** Fields of {@code /proc/<pid>/stat}, numbered as in proc(5). */
    private static final int UTIME = 14;
    private static final int STIME = 15;
    private static final int CUTIME = 16;
    private static final int CSTIME = 17;

    /** The sum of two fields of a {@code /proc/<pid>/stat} line; the text after the command name starts at field 3. */
    private static long ticks(Path stat, int first, int second) throws IOException {
        String line = Files.readString(stat);
        String[] fields = line.substring(line.lastIndexOf(')') + 2).split(" ");
        return Long.parseLong(fields[first - 3]) + Long.parseLong(fields[second - 3]);
    }

    @Test
    void cpythonServer_noSuchInterpreter_namesItInOneError() {
        IllegalStateException error = assertThrows(IllegalStateException.class, () -> CPythonFibServer.start("threads",
                2, CPythonOptions.fromSystemProperties().withPython("/no/such/python3")));
        assertTrue(error.getMessage().startsWith("The CPython fib server (threads) cannot start with /no/such/python3: "),
                error.getMessage());
        assertEquals(List.of(), ProcessHandle.current().children().filter(ProcessHandle::isAlive).toList());
    }

    @Test
    void answer_garbage_namesIt() {
        assertEquals("error: expected a whole number n, got \"fib(3)\"", FibProtocol.answer("fib(3)"));
        assertEquals("13", FibProtocol.answer(" 7 "));
        assertEquals("error: fib needs n >= 0, got -1", FibProtocol.answer("-1"));
    }

    private static BufferedReader reader(Socket socket) throws IOException {
        return new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII));
    }

    /**
     * Waits until the loop has read {@code count} requests since it started. Not "while one is in
     * flight": a fib computed on the loop thread may be answered before a busy machine lets this
     * thread look, and a wait for it would never end.
     */
    private static void awaitReceived(EventLoopServer loop, long count) throws InterruptedException {
        Await.until(() -> "the loop reading " + count + " requests, read " + loop.requestsReceived(),
                Duration.ofSeconds(10), () -> loop.requestsReceived() >= count);
    }

    /** Spins (a state may last microseconds) until {@code thread} is in {@code state}, for at most 10 s. */
    private static void awaitState(Thread thread, Thread.State state) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (thread.getState() != state) {
            if (System.nanoTime() - deadline > 0) {
                throw new AssertionError("Not observed within 10 s: " + thread.getName() + " " + state + ", it is "
                        + thread.getState());
            }
            Thread.onSpinWait();
        }
    }

    /** Sockets among this JVM's open file descriptors. */
    private static long openSockets() throws IOException {
        try (Stream<Path> fds = Files.list(Path.of("/proc/self/fd"))) {
            return fds.filter(fd -> {
                try {
                    return Files.readSymbolicLink(fd).toString().startsWith("socket:");
                } catch (IOException closedMeanwhile) {
                    return false;
                }
            }).count();
        }
    }
}
