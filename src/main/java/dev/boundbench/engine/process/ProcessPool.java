package dev.boundbench.engine.process;

import dev.boundbench.engine.Engine;
import dev.boundbench.engine.ShutdownHook;
import dev.boundbench.workload.Task;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.concurrent.locks.ReentrantLock;

/**
 * An engine whose workers are child JVMs ({@link WorkerMain}); the JVM's answer to Python's
 * {@code ProcessPoolExecutor}. The constructor starts the workers (see {@link ChildJvm}) and waits
 * until each has answered its handshake; batches then reuse them. Each worker runs the tasks it is
 * sent one after another, in the order sent, but the pool keeps several in flight per worker: a
 * batch is dealt out one task per worker in turn until each holds a {@link DispatchWindow} of
 * requests (2 at first, up to {@link ProcessPoolOptions#maxWindow()} for short tasks, so the next
 * is already in the pipe when one ends); from then on each reply pulls the next task for the worker
 * that sent it, so a faster worker takes more.
 *
 * <p>Faults, each ending with the worker replaced by a fresh one before the next batch needs it:
 * <ul>
 * <li>A worker that dies mid-task (even by SIGKILL): the batch fails with a
 *     {@link dev.boundbench.engine.TaskFailedException} naming the task, the worker, its pid, exit
 *     status and stderr. The task is <em>not</em> retried: it may have had effects, or may kill the
 *     next worker too. Tasks queued behind it in that worker never started: they go to other workers.
 * <li>A task that throws in the worker: its error text comes back as a {@link RemoteTaskException};
 *     the worker stays up.
 * <li>A task that runs past {@link ProcessPoolOptions#taskTimeoutMillis()}: the worker is killed and
 *     replaced, the task fails with a {@link TaskTimeoutException}.
 * <li>A garbled frame from a worker: the worker is killed and replaced, the task fails naming the
 *     bad bytes. A worker that reads a garbled request exits with status 3 and its message.
 * <li>The caller interrupted: the batch stops, the workers still running its tasks are killed
 *     (a task cannot be interrupted across a pipe) and replaced, and {@code run} throws
 *     {@link InterruptedException} at once.
 * <li>The pool's JVM ending: {@link #close()} or a shutdown hook (normal exit, Ctrl-C) stops the
 *     workers; after SIGKILL each worker sees its parent gone and exits within 200 ms.
 * </ul>
 * A worker that dies before its handshake is not replaced (it would fail again): the pool is then
 * broken and says why. The pool's threads are named {@code boundbench-process-*}.
 */
public final class ProcessPool implements Engine {

    private static final AtomicInteger POOLS = new AtomicInteger();
    private static final long READY_LIMIT_SECONDS = 60;
    private static final long STOP_WAIT_MILLIS = 2_000;
    private static final long TIMEOUT_TICK_NANOS = TimeUnit.MILLISECONDS.toNanos(20);

    private final int poolId = POOLS.incrementAndGet();
    private final ProcessPoolOptions options;
    private final List<String> command;
    private final AtomicReferenceArray<WorkerHandle> slots;
    private final List<WorkerHandle> started = new ArrayList<>();
    private final DispatchWindow window;
    private final ReentrantLock runLock = new ReentrantLock();
    private final AtomicLong batchIds = new AtomicLong();
    private final AtomicInteger replaced = new AtomicInteger();
    private final ShutdownHook shutdownHook;
    private volatile Batch current;
    private volatile boolean closing;
    private volatile RuntimeException broken;

    /** Starts {@code workers} workers with the options from the system properties. */
    public ProcessPool(int workers) {
        this(workers, ProcessPoolOptions.fromSystemProperties());
    }

    /**
     * Starts {@code workers} workers and waits until each is ready.
     *
     * @throws IllegalStateException naming the worker and its stderr when one cannot start
     */
    public ProcessPool(int workers, ProcessPoolOptions options) {
        if (workers < 1) {
            throw new IllegalArgumentException("A process pool needs at least 1 worker, got " + workers);
        }
        this.options = options;
        this.window = new DispatchWindow(options.maxWindow());
        this.command = ChildJvm.command(options.workerMainClass(), options,
                List.of(Long.toString(ProcessHandle.current().pid())));
        this.slots = new AtomicReferenceArray<>(workers);
        this.shutdownHook = ShutdownHook.install(this::stopAll, threadPrefix() + "shutdown");
        try {
            for (int slot = 0; slot < workers; slot++) {
                slots.set(slot, startWorker(slot));
            }
            for (int slot = 0; slot < workers; slot++) {
                awaitReady(slots.get(slot));
            }
        } catch (IOException | RuntimeException e) {
            close();
            throw e instanceof IllegalStateException ise ? ise
                    : new IllegalStateException("Cannot start process-pool workers: " + e.getMessage(), e);
        }
    }

    @Override
    public long[] run(List<Task> batch) throws InterruptedException {
        runLock.lockInterruptibly();
        try {
            checkUsable();
            Batch running = new Batch(batchIds.incrementAndGet(), batch, false);
            current = running;
            int size = window.size();
            for (int depth = 1; depth <= size; depth++) {
                for (int slot = 0; slot < slots.length(); slot++) {
                    slots.get(slot).topUp(running, depth, false);
                }
            }
            for (int slot = 0; slot < slots.length(); slot++) {
                slots.get(slot).flush();
            }
            await(running);
            return running.valuesOrFirstFailure();
        } finally {
            current = null;
            runLock.unlock();
        }
    }

    /**
     * Runs {@code task} once in every worker, so that each has answered a task; results by worker.
     * The start-up benchmark measures a new pool up to the end of this call.
     */
    public long[] runOnEachWorker(Task task) throws InterruptedException {
        runLock.lockInterruptibly();
        try {
            checkUsable();
            Batch running = new Batch(batchIds.incrementAndGet(), Collections.nCopies(slots.length(), task), true);
            current = running;
            for (int slot = 0; slot < slots.length(); slot++) {
                slots.get(slot).sendAssigned(running, slot);
            }
            await(running);
            return running.valuesOrFirstFailure();
        } finally {
            current = null;
            runLock.unlock();
        }
    }

    private void await(Batch running) throws InterruptedException {
        try {
            if (options.taskTimeoutMillis() == 0) {
                running.await();
                return;
            }
            long limitNanos = TimeUnit.MILLISECONDS.toNanos(options.taskTimeoutMillis());
            while (!running.await(TIMEOUT_TICK_NANOS)) {
                long now = System.nanoTime();
                for (int slot = 0; slot < slots.length(); slot++) {
                    slots.get(slot).killIfOverdue(limitNanos, options.taskTimeoutMillis(), now);
                }
            }
        } catch (InterruptedException e) {
            running.cancel();
            for (int slot = 0; slot < slots.length(); slot++) {
                WorkerHandle handle = slots.get(slot);
                if (handle.busy()) {
                    handle.kill(new WorkerLostException(handle.describe() + " was killed: the caller was interrupted"));
                }
            }
            throw e;
        }
    }

    private void checkUsable() {
        if (closing) {
            throw new IllegalStateException("Process pool " + poolId + " is closed");
        }
        if (broken != null) {
            throw new IllegalStateException("Process pool " + poolId + " is broken: " + broken.getMessage(), broken);
        }
    }

    @Override
    public int parallelism() {
        return slots.length();
    }

    /** The pids of the live workers, by slot. */
    public List<Long> workerPids() {
        List<Long> pids = new ArrayList<>();
        for (int slot = 0; slot < slots.length(); slot++) {
            pids.add(slots.get(slot).pid());
        }
        return pids;
    }

    /** How many workers were replaced after dying, hanging, garbling or being killed. */
    public int workersReplaced() {
        return replaced.get();
    }

    /** How many workers hold tasks now: for tests that must act while a batch is in a worker. */
    int busyWorkers() {
        int busy = 0;
        for (int slot = 0; slot < slots.length(); slot++) {
            busy += slots.get(slot).busy() ? 1 : 0;
        }
        return busy;
    }

    DispatchWindow window() {
        return window;
    }

    /** Called by a worker's reader when its worker has ended; starts a replacement unless closing. */
    void workerLost(WorkerHandle handle, WorkerLostException reason, boolean killedByPool) {
        WorkerHandle replacement;
        synchronized (this) {
            if (closing || slots.get(handle.slot()) != handle) {
                return;
            }
            if (!killedByPool && handle.ready().isCompletedExceptionally()) {
                fail(new IllegalStateException("Worker " + handle.slot() + " ended before it was ready: "
                        + reason.getMessage(), reason));
                return;
            }
            try {
                replacement = startWorker(handle.slot());
            } catch (IOException | RuntimeException e) {
                fail(new IllegalStateException("Cannot replace " + handle.describe() + ": " + e.getMessage(), e));
                return;
            }
            slots.set(handle.slot(), replacement);
            replaced.incrementAndGet();
            started.removeIf(WorkerHandle::finished);
        }
        Batch running = current;
        if (running != null) {
            replacement.topUp(running, window.size());
            for (int slot = 0; slot < slots.length(); slot++) {
                slots.get(slot).topUp(running, window.size());
            }
        }
    }

    private void fail(RuntimeException why) {
        broken = why;
        Batch running = current;
        if (running != null) {
            running.failRemaining(why);
        }
    }

    private synchronized WorkerHandle startWorker(int slot) throws IOException {
        WorkerHandle handle = WorkerHandle.start(this, slot, command, threadPrefix() + "worker-" + slot);
        started.add(handle);
        return handle;
    }

    private void awaitReady(WorkerHandle handle) {
        try {
            handle.ready().get(READY_LIMIT_SECONDS, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            throw new IllegalStateException("Process-pool " + handle.describe() + " did not start: "
                    + e.getCause().getMessage(), e.getCause());
        } catch (TimeoutException e) {
            throw new IllegalStateException("Process-pool " + handle.describe() + " not ready after "
                    + READY_LIMIT_SECONDS + " s; its stderr: " + handle.stderrTail());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while starting process-pool workers");
        }
    }

    private String threadPrefix() {
        return Engine.THREAD_NAME_PREFIX + "process-" + poolId + "-";
    }

    /** Stops every worker and waits for them and the pool's threads to end. Safe to call twice. */
    @Override
    public void close() {
        synchronized (this) {
            if (closing) {
                return;
            }
            closing = true;
        }
        shutdownHook.remove();
        stopAll();
    }

    private void stopAll() {
        closing = true;
        List<WorkerHandle> handles;
        synchronized (this) {
            handles = List.copyOf(started);
        }
        handles.forEach(WorkerHandle::stop);
        boolean interrupted = false;
        for (WorkerHandle handle : handles) {
            try {
                handle.awaitStopped(STOP_WAIT_MILLIS);
            } catch (InterruptedException e) {
                interrupted = true;
                handle.process().destroyForcibly();
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
