package dev.boundbench.engine.process;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.boundbench.engine.Await;
import dev.boundbench.engine.TaskFailedException;
import dev.boundbench.workload.Task;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Each fault a worker can have, ending with a count of the pool's live child processes. */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class ProcessPoolFaultTest {

    private static final List<Task> FIBS = List.of(new Task("fib", 10), new Task("fib", 20), new Task("fib", 1));
    private static final long[] FIB_VALUES = {55, 6765, 1};

    private ProcessPool pool;

    @BeforeEach
    void noChildren() throws InterruptedException {
        assertEquals(0, ChildProcesses.awaitLive(0, 2_000), "children left by an earlier test");
    }

    @AfterEach
    void closeAndCount() throws InterruptedException {
        if (pool != null) {
            pool.close();
        }
        assertEquals(0, ChildProcesses.awaitLive(0, 2_000), "live children after close");
    }

    private static ProcessPoolOptions options() {
        return ProcessPoolOptions.fromSystemProperties();
    }

    @Test
    void run_workerKilledMidTask_failsNamingTaskAndWorker_thenReplacesIt() throws Exception {
        pool = new ProcessPool(1, options());
        long pid = pool.workerPids().get(0);
        CompletableFuture<Throwable> outcome = CompletableFuture.supplyAsync(() -> {
            try {
                pool.run(List.of(new Task("sleep", 20_000), new Task("fib", 5)));
                return null;
            } catch (Throwable t) {
                return t;
            }
        });
        Await.until("the sleep in flight to worker 0", Duration.ofSeconds(10), () -> pool.busyWorkers() == 1);
        ProcessHandle.of(pid).orElseThrow().destroyForcibly();
        TaskFailedException failure = assertInstanceOf(TaskFailedException.class, outcome.get(10, TimeUnit.SECONDS));
        assertEquals(0, failure.index());
        assertInstanceOf(WorkerLostException.class, failure.getCause());
        assertTrue(failure.getMessage().startsWith("Task 0 (sleep(20000)) failed: WorkerLostException: worker 0 (pid "
                + pid + ") died with exit status 137"), failure.getMessage());
        assertArrayEquals(FIB_VALUES, pool.run(FIBS), "the next batch, on the replacement");
        assertNotEquals(pid, pool.workerPids().get(0));
        assertEquals(1, pool.workersReplaced());
        assertEquals(1, ChildProcesses.live());
    }

    @Test
    void run_taskThrows_errorTextComesBack_workerStaysUp() throws Exception {
        pool = new ProcessPool(1, options());
        List<Long> pids = pool.workerPids();
        TaskFailedException failure = assertThrows(TaskFailedException.class,
                () -> pool.run(List.of(new Task("fib", 3), new Task("fib", -1))));
        assertEquals(1, failure.index());
        assertInstanceOf(RemoteTaskException.class, failure.getCause());
        assertEquals("Task 1 (fib(-1)) failed: RemoteTaskException: java.lang.IllegalArgumentException: fib needs"
                + " n >= 0, got -1 [in worker 0 (pid " + pids.get(0) + ")]", failure.getMessage());
        assertArrayEquals(FIB_VALUES, pool.run(FIBS));
        assertEquals(pids, pool.workerPids(), "the same worker");
        assertEquals(0, pool.workersReplaced());
        assertEquals(1, ChildProcesses.live());
    }

    @Test
    void run_unknownWorkload_namesItAndTheValidOnes() throws Exception {
        pool = new ProcessPool(1, options());
        List<Long> pids = pool.workerPids();
        TaskFailedException failure = assertThrows(TaskFailedException.class,
                () -> pool.run(List.of(new Task("no-such-workload", 1))));
        assertTrue(failure.getMessage().contains("java.lang.IllegalArgumentException: Unknown workload"
                + " \"no-such-workload\"; valid: "), failure.getMessage());
        assertTrue(failure.getMessage().contains("fib"), failure.getMessage());
        assertEquals(pids, pool.workerPids());
        assertEquals(1, ChildProcesses.live());
    }

    @Test
    void run_taskPastTimeLimit_killsAndReplacesTheWorker() throws Exception {
        pool = new ProcessPool(2, options().withTaskTimeoutMillis(500));
        List<Long> pids = pool.workerPids();
        long start = System.nanoTime();
        TaskFailedException failure = assertThrows(TaskFailedException.class,
                () -> pool.run(List.of(new Task("fib", 2), new Task("sleep", 30_000), new Task("fib", 3))));
        long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
        assertTrue(millis < 5_000, "took " + millis + " ms");
        assertEquals(1, failure.index());
        assertInstanceOf(TaskTimeoutException.class, failure.getCause());
        assertTrue(failure.getMessage().startsWith("Task 1 (sleep(30000)) failed: TaskTimeoutException: Task 1"
                + " (sleep(30000)) timed out: it ran past the limit of 500 ms in worker "), failure.getMessage());
        assertArrayEquals(FIB_VALUES, pool.run(FIBS));
        assertEquals(1, pool.workersReplaced());
        assertEquals(1, pool.workerPids().stream().filter(pids::contains).count(), "one of the two replaced");
        assertEquals(2, ChildProcesses.live());
    }

    @Test
    void run_garbledReply_failsNamingTheBytes_neverHangs() throws Exception {
        pool = new ProcessPool(1, options().withWorkerMainClass(GarblingWorker.class.getName()));
        TaskFailedException failure = assertThrows(TaskFailedException.class,
                () -> pool.run(List.of(new Task("fib", 1))));
        assertTrue(failure.getMessage().contains("Garbled response: unknown status byte 0x3f for task id "),
                failure.getMessage());
        assertTrue(failure.getMessage().contains("which was killed"), failure.getMessage());
        assertEquals(1, ChildProcesses.awaitLive(1, 2_000), "the replacement only");
    }

    @Test
    void worker_garbledRequest_exitsWithTheMessage() throws Exception {
        Process worker = new ProcessBuilder(ChildJvm.command(WorkerMain.class.getName(), options(),
                List.of(Long.toString(ProcessHandle.current().pid())))).start();
        try {
            Frames.readHandshake(new DataInputStream(worker.getInputStream()));
            DataOutputStream out = new DataOutputStream(worker.getOutputStream());
            out.writeBytes("XYZ");
            out.flush();
            assertTrue(worker.waitFor(10, TimeUnit.SECONDS), "worker still running");
            assertEquals(WorkerMain.EXIT_GARBLED, worker.exitValue());
            String stderr = new String(worker.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(stderr.contains("boundbench worker: Garbled request: unknown frame type 0x58"), stderr);
        } finally {
            worker.destroyForcibly().waitFor();
        }
    }

    @Test
    void create_workerCannotStart_failsWithItsStderr() {
        IllegalStateException error = assertThrows(IllegalStateException.class,
                () -> new ProcessPool(2, options().withWorkerMainClass("no.such.Main")));
        assertTrue(error.getMessage().contains("did not start") && error.getMessage().contains("no.such.Main"),
                error.getMessage());
    }

    @Test
    void run_interruptedCaller_killsBusyWorkersAndReplacesThem() throws Exception {
        pool = new ProcessPool(2, options());
        List<Long> pids = pool.workerPids();
        CompletableFuture<Throwable> outcome = new CompletableFuture<>();
        Thread caller = Thread.ofPlatform().start(() -> {
            try {
                pool.run(List.of(new Task("sleep", 30_000)));
                outcome.complete(null);
            } catch (Throwable t) {
                outcome.complete(t);
            }
        });
        Await.until("the sleep in flight to a worker", Duration.ofSeconds(10), () -> pool.busyWorkers() == 1);
        caller.interrupt();
        assertInstanceOf(InterruptedException.class, outcome.get(5, TimeUnit.SECONDS));
        assertArrayEquals(FIB_VALUES, pool.run(FIBS));
        // The killed worker is replaced when its reader sees it exit, which may come after the batch.
        Await.until("the killed worker replaced", Duration.ofSeconds(10), () -> pool.workersReplaced() > 0);
        assertEquals(1, pool.workersReplaced());
        assertEquals(1, pool.workerPids().stream().filter(pids::contains).count(), "the idle worker kept");
        assertEquals(2, ChildProcesses.live());
    }

    @Test
    void close_stopsEveryWorker() throws Exception {
        pool = new ProcessPool(2, options());
        assertArrayEquals(FIB_VALUES, pool.run(FIBS));
        List<Long> pids = pool.workerPids();
        assertEquals(2, ChildProcesses.live());
        pool.close();
        assertTrue(ChildProcesses.allGone(pids, 0), "close waits for the workers to end");
        IllegalStateException error = assertThrows(IllegalStateException.class, () -> pool.run(FIBS));
        assertTrue(error.getMessage().endsWith(" is closed"), error.getMessage());
    }
}
