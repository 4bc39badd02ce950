package dev.boundbench.engine.cpython;

import dev.boundbench.engine.Engine;
import dev.boundbench.engine.ShutdownHook;
import dev.boundbench.engine.process.Batch;
import dev.boundbench.engine.process.WorkerLostException;
import dev.boundbench.workload.Scratch;
import dev.boundbench.workload.Task;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;

/**
 * An engine that runs each batch in CPython: one Python worker process (the jar's
 * {@code boundbench_worker.py}) makes a {@link PythonPoolKind pool} of {@code threads} when it
 * starts, and the engine sends it every task of a batch at once over its stdin, then waits for
 * every reply. One batch is timed from the JVM, pipes included: {@link #ping()} measures them alone.
 * The worker runs each workload's Python twin, which returns the same value as the JVM's workload.
 *
 * <p>The script is extracted into a private scratch folder per worker start and deleted once the
 * worker has read it; the folder (where the {@code file-copy} twin writes too) is deleted on
 * {@link #close()}, by a shutdown hook, or by the worker itself when this JVM dies.
 *
 * <p>Faults, each failing the batch with a {@link dev.boundbench.engine.TaskFailedException} naming
 * the lowest failed task:
 * <ul>
 * <li>A task that raises: its error text ({@code ValueError: fib needs n >= 0, got -1}) comes back as
 *     a {@link dev.boundbench.engine.process.RemoteTaskException}; the worker stays up.
 * <li>A ProcessPoolExecutor child that dies: the tasks it held fail with {@code BrokenProcessPool},
 *     naming the child's pid and signal; the worker makes a fresh executor for the next tasks.
 * <li>The worker dying, or a garbled reply (the worker is then killed): every task in flight fails
 *     with a {@link WorkerLostException} naming the worker's pid, its exit status and its stderr;
 *     the next batch starts a fresh worker.
 * <li>The caller interrupted: the worker and its children are killed (a Python thread cannot be
 *     interrupted), {@code run} throws {@link InterruptedException} at once, the next batch starts
 *     a fresh worker.
 * </ul>
 * {@code close()} and a shutdown hook (normal exit, Ctrl-C) stop the worker and every process it
 * started; if this JVM is killed, even by SIGKILL, the worker and its children see their parent
 * gone and exit within 200 ms. The engine's threads are named {@code boundbench-cpython-*}.
 */
public final class CPythonPool implements Engine {

    private static final AtomicInteger POOLS = new AtomicInteger();
    private static final long READY_LIMIT_SECONDS = 60;

    private final int poolId = POOLS.incrementAndGet();
    private final String name;
    private final PythonPoolKind kind;
    private final int threads;
    private final CPythonOptions options;
    private final Scratch scratch = new Scratch();
    private final ReentrantLock runLock = new ReentrantLock();
    private final AtomicLong batchIds = new AtomicLong();
    private final AtomicInteger workerStarts = new AtomicInteger();
    private final ShutdownHook shutdownHook;
    private volatile PythonWorker worker;
    private volatile boolean closed;

    /** Starts the worker of engine {@code name} with the options of the system properties. */
    public CPythonPool(String name, PythonPoolKind kind, int threads) {
        this(name, kind, threads, CPythonOptions.fromSystemProperties());
    }

    /**
     * Starts a Python worker whose pool runs {@code threads} tasks at once, and waits until its pool is made.
     *
     * @param name the id of the engine this pool is ({@code cpython-threads}), for messages
     * @throws IllegalStateException naming the interpreter and its stderr when the worker cannot start
     */
    public CPythonPool(String name, PythonPoolKind kind, int threads, CPythonOptions options) {
        if (threads < 1) {
            throw new IllegalArgumentException("A CPython pool needs at least 1 thread, got " + threads);
        }
        this.name = name;
        this.kind = kind;
        this.threads = threads;
        this.options = options;
        this.shutdownHook = ShutdownHook.install(this::stop, threadPrefix() + "shutdown");
        try {
            worker = startWorker();
        } catch (RuntimeException e) {
            close();
            throw e;
        }
    }

    @Override
    public long[] run(List<Task> batch) throws InterruptedException {
        runLock.lockInterruptibly();
        try {
            checkOpen();
            Batch running = new Batch(batchIds.incrementAndGet(), batch, true);
            if (batch.isEmpty()) {
                return running.valuesOrFirstFailure();
            }
            PythonWorker current = liveWorker();
            current.send(running, batch.size());
            try {
                running.await();
            } catch (InterruptedException e) {
                running.cancel();
                current.kill(new WorkerLostException(current.describe() + " was killed: the caller was interrupted"));
                throw e;
            }
            return running.valuesOrFirstFailure();
        } finally {
            runLock.unlock();
        }
    }

    /**
     * One round trip through the worker's pipes, answered by its reader without the pool: what the
     * pipes add to every batch. Call it between batches.
     */
    public void ping() throws InterruptedException {
        runLock.lockInterruptibly();
        try {
            checkOpen();
            liveWorker().ping();
        } finally {
            runLock.unlock();
        }
    }

    @Override
    public int parallelism() {
        return threads;
    }

    /** The pid of the Python worker running now. */
    public long workerPid() {
        return worker.pid();
    }

    /** The pids of the processes the worker started (a ProcessPoolExecutor's children). */
    public List<Long> childPids() {
        return worker.childPids();
    }

    /** How many Python workers this pool has started, the first included. */
    public int workerStarts() {
        return workerStarts.get();
    }

    /** The scratch folder of the worker's files, deleted on close. */
    public Path scratchFolder() {
        return scratch.directory();
    }

    /** Whether tasks are in flight to the worker: for tests that must act while a batch runs. */
    boolean busy() {
        return worker.busy();
    }

    /**
     * Sends a ping behind the tasks in flight and waits for its answer, without the run lock: once
     * it returns the worker has read every task sent before it and handed each to its pool. For
     * tests that must act while a batch runs.
     */
    void pingBehindTasks() throws InterruptedException {
        worker.ping();
    }

    private PythonWorker liveWorker() {
        PythonWorker current = worker;
        if (current.lost()) {
            current.stop();
            current = startWorker();
            worker = current;
        }
        return current;
    }

    private PythonWorker startWorker() {
        Path script = WorkerScript.extractInto(scratch.directory(), options.scriptResource());
        try {
            List<String> command = List.of(options.python(), script.toString(), "serve", kind.argument(),
                    Integer.toString(threads), Long.toString(ProcessHandle.current().pid()),
                    scratch.directory().toString());
            String prefix = threadPrefix() + workerStarts.incrementAndGet() + "-";
            return PythonWorker.start(name + " worker", command, prefix, READY_LIMIT_SECONDS);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start " + name + " with " + options.python() + ": "
                    + e.getMessage() + " (name an interpreter with -D" + CPythonOptions.PYTHON_PROPERTY
                    + " or the launcher's --python)", e);
        } finally {
            WorkerScript.delete(script);
        }
    }

    private void checkOpen() {
        if (closed) {
            throw new IllegalStateException(name + " pool " + poolId + " is closed");
        }
    }

    private String threadPrefix() {
        return Engine.THREAD_NAME_PREFIX + "cpython-" + poolId + "-";
    }

    /** Stops the worker and every process it started, and deletes the scratch folder. Safe to call twice. */
    @Override
    public void close() {
        synchronized (this) {
            if (closed) {
                return;
            }
            closed = true;
        }
        shutdownHook.remove();
        stop();
    }

    private void stop() {
        closed = true;
        PythonWorker current = worker;
        try {
            if (current != null) {
                current.stop();
            }
        } finally {
            scratch.close();
        }
    }
}
