package dev.boundbench.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.boundbench.workload.CpuWorkloads;
import dev.boundbench.workload.MarkerWorkload;
import dev.boundbench.workload.Task;
import dev.boundbench.workload.WorkloadRunner;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The contract every engine keeps, run against each {@link EngineType}. */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class EngineContractTest {

    private WorkloadRunner runner;

    @TempDir
    Path markers;

    @BeforeEach
    void openRunner() {
        System.setProperty(MarkerWorkload.FOLDER_PROPERTY, markers.toString());
        runner = WorkloadRunner.withDiscoveredWorkloads();
    }

    @AfterEach
    void closeRunner() {
        runner.close();
        System.clearProperty(MarkerWorkload.FOLDER_PROPERTY);
    }

    private static int threadsFor(EngineType type) {
        return Math.min(3, type.maxThreads());
    }

    private static List<Task> fibs(int count, int modulo) {
        return IntStream.range(0, count).mapToObj(i -> new Task("fib", i % modulo)).toList();
    }

    private static long[] expectedFibs(int count, int modulo) {
        return IntStream.range(0, count).mapToLong(i -> CpuWorkloads.fib(i % modulo)).toArray();
    }

    @ParameterizedTest
    @EnumSource(EngineType.class)
    void run_returnsResultsInSubmissionOrder(EngineType type) throws Exception {
        try (Engine engine = type.create(threadsFor(type), runner)) {
            assertArrayEquals(expectedFibs(60, 23), engine.run(fibs(60, 23)));
            assertArrayEquals(expectedFibs(7, 5), engine.run(fibs(7, 5)), "a second batch on the same engine");
            assertArrayEquals(new long[0], engine.run(List.of()), "an empty batch");
        }
    }

    /**
     * The benchmark's order: the parent runs a task first (and so calibrates), then starts the engine;
     * a worker process must then do the parent's work, not its own calibration's. Not on the CPython
     * engines: {@code mixed} has no Python twin.
     */
    @ParameterizedTest
    @EnumSource(value = EngineType.class, names = "CPYTHON_.*", mode = EnumSource.Mode.MATCH_NONE)
    void run_mixedTasks_doTheParentsCalibratedWork(EngineType type) throws Exception {
        List<Task> batch = Stream.of(0, 50, 90, 100, 25, 75).map(share -> new Task("mixed", share)).toList();
        long[] expected = new long[batch.size()];
        for (int i = 0; i < expected.length; i++) {
            expected[i] = runner.run(batch.get(i));
        }
        try (Engine engine = type.create(threadsFor(type), runner)) {
            assertArrayEquals(expected, engine.run(batch));
        }
    }

    /** Not on the CPython engines: the marker workload is the tests' own and has no Python twin. */
    @ParameterizedTest
    @EnumSource(value = EngineType.class, names = "CPYTHON_.*", mode = EnumSource.Mode.MATCH_NONE)
    void run_runsEveryTaskExactlyOnce(EngineType type) throws Exception {
        List<Task> batch = IntStream.range(0, 300).mapToObj(i -> new Task("test-mark", i)).toList();
        long[] results;
        try (Engine engine = type.create(threadsFor(type), runner)) {
            results = engine.run(batch);
        }
        assertArrayEquals(IntStream.range(0, 300).asLongStream().toArray(), results);
        List<String> made;
        try (Stream<Path> files = Files.list(markers)) {
            made = new ArrayList<>(files.map(p -> p.getFileName().toString()).toList());
        }
        Collections.sort(made);
        List<String> expected = new ArrayList<>(IntStream.range(0, 300).mapToObj(Integer::toString).toList());
        Collections.sort(expected);
        assertEquals(expected, made);
    }

    @ParameterizedTest
    @EnumSource(EngineType.class)
    void run_reportsTheFailingTaskWithItsIndex(EngineType type) throws Exception {
        List<Task> batch = new ArrayList<>(fibs(12, 15));
        batch.set(6, new Task("fib", -1));
        batch.set(9, new Task("fib", -2));
        try (Engine engine = type.create(threadsFor(type), runner)) {
            TaskFailedException failure = assertThrows(TaskFailedException.class, () -> engine.run(batch));
            assertEquals(6, failure.index());
            assertEquals(new Task("fib", -1), failure.task());
            assertTrue(failure.getMessage().contains("fib(-1)"), failure.getMessage());
            assertTrue(failure.getMessage().contains("fib needs n >= 0, got -1"), failure.getMessage());
            assertArrayEquals(expectedFibs(12, 15), engine.run(fibs(12, 15)), "the engine works after a failure");
        }
    }

    @ParameterizedTest
    @EnumSource(EngineType.class)
    void run_handlesTenThousandTasks(EngineType type) throws Exception {
        try (Engine engine = type.create(threadsFor(type), runner)) {
            assertArrayEquals(expectedFibs(10_000, 12), engine.run(fibs(10_000, 12)));
        }
    }

    @ParameterizedTest
    @EnumSource(EngineType.class)
    void run_interruptedCallerStopsWaiting(EngineType type) throws Exception {
        List<Task> sleeps = Collections.nCopies(6, new Task("sleep", 30_000));
        try (Engine engine = type.create(threadsFor(type), runner)) {
            CompletableFuture<Throwable> outcome = new CompletableFuture<>();
            Thread caller = Thread.ofPlatform().name("contract-caller").start(() -> {
                try {
                    engine.run(sleeps);
                    outcome.complete(null);
                } catch (Throwable t) {
                    outcome.complete(t);
                }
            });
            Await.until(() -> "the caller waiting inside " + engine.getClass().getSimpleName() + ".run, found "
                    + caller.getState(), Duration.ofSeconds(10), () -> waitingInRun(caller, engine));
            caller.interrupt();
            Throwable thrown = outcome.get(15, TimeUnit.SECONDS);
            assertTrue(thrown instanceof InterruptedException, "expected InterruptedException, got " + thrown);
            caller.join(5_000);
            assertArrayEquals(expectedFibs(40, 17), engine.run(fibs(40, 17)), "the engine works after an interrupt");
        }
    }

    /** Whether {@code thread} is blocked inside {@code engine}'s {@code run}: where an interrupt must find it. */
    private static boolean waitingInRun(Thread thread, Engine engine) {
        Thread.State state = thread.getState();
        return (state == Thread.State.WAITING || state == Thread.State.TIMED_WAITING)
                && Arrays.stream(thread.getStackTrace()).anyMatch(frame -> frame.getMethodName().equals("run")
                        && frame.getClassName().equals(engine.getClass().getName()));
    }

    @ParameterizedTest
    @EnumSource(EngineType.class)
    void close_leavesNoLiveThread(EngineType type) throws Exception {
        Engine engine = type.create(threadsFor(type), runner);
        engine.run(fibs(50, 20));
        engine.close();
        assertEquals(List.of(), LiveThreads.named(Engine.THREAD_NAME_PREFIX));
    }

    @ParameterizedTest
    @EnumSource(EngineType.class)
    void create_rejectsThreadsOutOfRange(EngineType type) {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class, () -> type.create(0, runner));
        assertTrue(error.getMessage().contains(type.id()) && error.getMessage().contains("got 0"), error.getMessage());
    }

    @org.junit.jupiter.api.Test
    void sequential_rejectsMoreThanOneThread() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> EngineType.SEQUENTIAL.create(2, runner));
        assertEquals("Engine sequential takes threads from 1 to 1, got 2", error.getMessage());
    }

    @org.junit.jupiter.api.Test
    void fromName_namesTheBadValueAndTheValidOnes() throws IOException {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> EngineType.fromName("green-threads"));
        assertTrue(error.getMessage().startsWith("Unknown engine \"green-threads\"; valid: sequential, platform-pool"),
                error.getMessage());
        assertEquals(EngineType.FORK_JOIN, EngineType.fromName("fork-join"));
        assertEquals(EngineType.FORK_JOIN, EngineType.fromName("FORK_JOIN"));
    }
}
