package dev.boundbench.engine.cpython;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.boundbench.engine.Await;
import dev.boundbench.engine.TaskFailedException;
import dev.boundbench.engine.process.ChildProcesses;
import dev.boundbench.engine.process.RemoteTaskException;
import dev.boundbench.engine.process.WorkerLostException;
import dev.boundbench.workload.Task;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Each fault a Python worker can have, with real processes, ending with a count of live children. */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class CPythonFaultTest {

    private static final List<Task> FIBS = List.of(new Task("fib", 10), new Task("fib", 20), new Task("fib", 1));
    private static final long[] FIB_VALUES = {55, 6765, 1};

    private CPythonPool pool;

    @BeforeEach
    void noChildren() throws Exception {
        assertEquals(0, ChildProcesses.awaitLive(0, 2_000), "children left by an earlier test");
        CPythonEnginesTest.noteScriptsBefore();
    }

    @AfterEach
    void closeAndCount() throws Exception {
        if (pool != null) {
            pool.close();
        }
        assertEquals(0, ChildProcesses.awaitLive(0, 2_000), "live children after close");
        assertEquals(List.of(), CPythonEnginesTest.workerScripts());
    }

    private static CPythonPool start(PythonPoolKind kind, int threads, String script) {
        CPythonOptions options = CPythonOptions.fromSystemProperties();
        return new CPythonPool("cpython-" + kind.argument(), kind, threads,
                script == null ? options : options.withScriptResource("/dev/boundbench/engine/cpython/" + script));
    }

    /** Runs {@code batch} on another thread; the outcome is null on success, else what it threw. */
    private CompletableFuture<Throwable> runAsync(List<Task> batch) {
        return CompletableFuture.supplyAsync(() -> {
            try {
                pool.run(batch);
                return null;
            } catch (Throwable t) {
                return t;
            }
        });
    }

    /** Waits until the batch is in flight and the worker has read it and handed it to its pool. */
    private void awaitTasksTaken() throws InterruptedException {
        Await.until("the batch in flight to the Python worker", Duration.ofSeconds(10), pool::busy);
        pool.pingBehindTasks();
    }

    @Test
    void run_taskRaises_errorTextComesBack_workerStaysUp() throws Exception {
        pool = start(PythonPoolKind.THREADS, 2, null);
        long pid = pool.workerPid();
        TaskFailedException failure = assertThrows(TaskFailedException.class,
                () -> pool.run(List.of(new Task("fib", 3), new Task("fib", -1), new Task("prime-sum", -5))));
        assertEquals(1, failure.index());
        assertInstanceOf(RemoteTaskException.class, failure.getCause());
        assertEquals("Task 1 (fib(-1)) failed: RemoteTaskException: ValueError: fib needs n >= 0, got -1 [in"
                + " cpython-threads worker (python pid " + pid + ")]", failure.getMessage());
        assertArrayEquals(FIB_VALUES, pool.run(FIBS));
        assertEquals(pid, pool.workerPid(), "the same worker");
        assertEquals(1, pool.workerStarts());
    }

    @Test
    void run_workloadWithoutTwin_namesItAndTheTwins() throws Exception {
        pool = start(PythonPoolKind.ASYNCIO, 1, null);
        TaskFailedException failure = assertThrows(TaskFailedException.class,
                () -> pool.run(List.of(new Task("collatz", 10))));
        assertTrue(failure.getMessage().startsWith("Task 0 (collatz(10)) failed: RemoteTaskException: LookupError: no"
                + " Python twin for workload \"collatz\"; twins: fib, file-copy, prime-sum, sleep [in cpython-asyncio"
                + " worker (python pid "), failure.getMessage());
        assertArrayEquals(FIB_VALUES, pool.run(FIBS));
    }

    @Test
    void run_workerKilledMidTask_failsNamingTheTask_thenStartsAFreshWorker() throws Exception {
        pool = start(PythonPoolKind.THREADS, 1, null);
        long pid = pool.workerPid();
        CompletableFuture<Throwable> outcome = runAsync(List.of(new Task("sleep", 20_000), new Task("fib", 5)));
        awaitTasksTaken();
        ProcessHandle.of(pid).orElseThrow().destroyForcibly();
        TaskFailedException failure = assertInstanceOf(TaskFailedException.class, outcome.get(10, TimeUnit.SECONDS));
        assertEquals(0, failure.index());
        assertInstanceOf(WorkerLostException.class, failure.getCause());
        assertTrue(failure.getMessage().startsWith("Task 0 (sleep(20000)) failed: WorkerLostException: cpython-threads"
                + " worker (python pid " + pid + ") died with exit status 137; its stderr: "), failure.getMessage());
        assertArrayEquals(FIB_VALUES, pool.run(FIBS), "the next batch, on a fresh worker");
        assertNotEquals(pid, pool.workerPid());
        assertEquals(2, pool.workerStarts());
        assertEquals(1, ChildProcesses.live());
    }

    @Test
    void run_processPoolChildKilled_failsWithBrokenProcessPool_thenANewExecutorRuns() throws Exception {
        pool = start(PythonPoolKind.PROCESSES, 2, null);
        long pid = pool.workerPid();
        List<Long> children = pool.childPids();
        assertEquals(2, children.size(), children.toString());
        CompletableFuture<Throwable> outcome = runAsync(List.of(new Task("sleep", 20_000), new Task("sleep", 20_000)));
        awaitTasksTaken();
        ProcessHandle.of(children.get(0)).orElseThrow().destroyForcibly();
        TaskFailedException failure = assertInstanceOf(TaskFailedException.class, outcome.get(10, TimeUnit.SECONDS));
        assertEquals(0, failure.index());
        assertInstanceOf(RemoteTaskException.class, failure.getCause());
        assertTrue(failure.getMessage().startsWith("Task 0 (sleep(20000)) failed: RemoteTaskException:"
                + " BrokenProcessPool: "), failure.getMessage());
        assertTrue(failure.getMessage().contains("pid " + children.get(0) + " killed by signal 9"), failure.getMessage());
        assertArrayEquals(FIB_VALUES, pool.run(FIBS), "the next batch, on a new executor");
        assertEquals(pid, pool.workerPid(), "the same Python worker");
        List<Long> now = pool.childPids();
        assertEquals(2, now.size(), now.toString());
        assertTrue(now.stream().noneMatch(children::contains), "new children " + now + ", old " + children);
        assertTrue(ChildProcesses.allGone(children, 2_000), "old children gone");
    }

    @Test
    void run_garbledReply_failsNamingTheBytes_andKillsTheWorker() throws Exception {
        pool = start(PythonPoolKind.THREADS, 1, "garbling_worker.py");
        long pid = pool.workerPid();
        TaskFailedException failure = assertThrows(TaskFailedException.class,
                () -> pool.run(List.of(new Task("fib", 3))));
        assertEquals(0, failure.index());
        assertInstanceOf(WorkerLostException.class, failure.getCause());
        assertTrue(failure.getMessage().startsWith("Task 0 (fib(3)) failed: WorkerLostException: Garbled response:"
                + " unknown status byte 0x70 for task id "), failure.getMessage());
        assertTrue(failure.getMessage().contains(" from cpython-threads worker (python pid " + pid + "), which was"
                + " killed"), failure.getMessage());
        assertTrue(ChildProcesses.allGone(List.of(pid), 2_000), "the garbling worker was killed");
    }

    @Test
    void start_workerFailsBeforeItsHandshake_saysWhyWithItsStderr() {
        IllegalStateException failure = assertThrows(IllegalStateException.class,
                () -> start(PythonPoolKind.THREADS, 1, "failing_worker.py"));
        assertTrue(failure.getMessage().matches("Cannot start cpython-threads worker with \\S*python\\S*:"
                + " cpython-threads worker \\(python pid \\d+\\) died with exit status 5; its stderr: failing"
                + " worker: cannot make the pool"), failure.getMessage());
    }
}
