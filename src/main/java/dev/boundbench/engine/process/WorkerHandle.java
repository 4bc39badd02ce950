package dev.boundbench.engine.process;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * The pool's side of one worker process: its pipes, the tasks sent to it and not yet answered (in
 * order: the worker runs them one by one), and a reader thread that records each reply and tops the
 * worker up from the batch. When the worker's stdout ends or garbles, the reader fails the tasks in
 * flight (the oldest, which was running) or gives them back to the batch (the rest, which never
 * started) and tells the pool.
 */
final class WorkerHandle {

    private static final long EXIT_WAIT_MILLIS = 2_000;

    private final ProcessPool pool;
    private final int slot;
    private final Process process;
    private final DataOutputStream out;
    private final DataInputStream in;
    private final StderrTail stderr;
    private final Thread reader;
    private final CompletableFuture<Void> ready = new CompletableFuture<>();
    private final ArrayDeque<InFlight> inFlight = new ArrayDeque<>();
    private long headSince;
    private boolean lost;
    private volatile WorkerLostException killReason;

    private WorkerHandle(ProcessPool pool, int slot, Process process, String threadPrefix) {
        this.pool = pool;
        this.slot = slot;
        this.process = process;
        this.out = new DataOutputStream(new BufferedOutputStream(process.getOutputStream(), 16 * 1024));
        this.in = new DataInputStream(new BufferedInputStream(process.getInputStream(), 16 * 1024));
        this.stderr = new StderrTail(process.getErrorStream(), threadPrefix + "-stderr");
        this.reader = Thread.ofPlatform().name(threadPrefix + "-reader").daemon(true).unstarted(this::readLoop);
    }

    /** Starts a worker process with {@code command} and its reader; does not wait for it to be ready. */
    static WorkerHandle start(ProcessPool pool, int slot, List<String> command, String threadPrefix)
            throws IOException {
        Process process = new ProcessBuilder(command).start();
        WorkerHandle handle = new WorkerHandle(pool, slot, process, threadPrefix);
        handle.reader.start();
        return handle;
    }

    int slot() {
        return slot;
    }

    long pid() {
        return process.pid();
    }

    Process process() {
        return process;
    }

    /** Completes when the worker has sent its handshake; fails if it ends first. */
    CompletableFuture<Void> ready() {
        return ready;
    }

    /** Sends tasks taken from {@code batch} until {@code window} are in flight or the batch has none left. */
    void topUp(Batch batch, int window) {
        topUp(batch, window, true);
    }

    /**
     * As {@link #topUp(Batch, int)}; with {@code flush} false the requests stay in the buffer until
     * {@link #flush()}, so that dealing a batch out costs one write per worker.
     */
    synchronized void topUp(Batch batch, int window, boolean flush) {
        int sent = 0;
        while (!lost && killReason == null && inFlight.size() < window) {
            int index = batch.take();
            if (index < 0) {
                break;
            }
            if (!send(batch, index)) {
                return;
            }
            sent++;
        }
        if (sent > 0 && flush) {
            flush();
        }
    }

    /** Sends task {@code index} of {@code batch}, which the caller assigned to this worker. */
    synchronized void sendAssigned(Batch batch, int index) {
        if (lost || killReason != null) {
            batch.fail(index, new WorkerLostException(describe() + " was gone before task " + index + " was sent"));
            return;
        }
        if (send(batch, index)) {
            flush();
        }
    }

    /** Writes one request; false when the pipe is broken (the reader then fails what is in flight). */
    private boolean send(Batch batch, int index) {
        if (inFlight.isEmpty()) {
            headSince = System.nanoTime();
        }
        inFlight.addLast(new InFlight(batch, index));
        try {
            Frames.writeRequest(out, batch.taskId(index), batch.task(index));
            return true;
        } catch (IOException brokenPipe) {
            return false;
        }
    }

    /** Writes out any buffered requests. */
    synchronized void flush() {
        try {
            out.flush();
        } catch (IOException brokenPipe) {
            // The worker is gone; its reader fails what is in flight.
        }
    }

    synchronized boolean busy() {
        return !inFlight.isEmpty();
    }

    /**
     * Kills the worker if its oldest task has run longer than {@code limitNanos} (measured from when
     * it became the oldest); the reader then fails that task with a {@link TaskTimeoutException}.
     */
    synchronized void killIfOverdue(long limitNanos, long limitMillis, long now) {
        InFlight head = inFlight.peekFirst();
        if (head != null && killReason == null && now - headSince > limitNanos) {
            kill(new TaskTimeoutException("Task " + head.index + " (" + head.batch.task(head.index)
                    + ") timed out: it ran past the limit of " + limitMillis + " ms in " + describe()
                    + "; the worker was killed and replaced"));
        }
    }

    /** Kills the worker with SIGKILL; {@code reason} becomes the failure of its running task. */
    void kill(WorkerLostException reason) {
        if (killReason == null) {
            killReason = reason;
        }
        process.destroyForcibly();
    }

    /** Asks the worker to exit by closing its stdin; kills it if it is running a task. */
    void stop() {
        if (busy()) {
            kill(new WorkerLostException(describe() + " was killed: the pool is closing"));
        }
        synchronized (this) {
            try {
                out.close();
            } catch (IOException alreadyGone) {
                // Exiting anyway.
            }
        }
    }

    /** Waits for the process to exit, killing it after {@code millis}, and for its threads to end. */
    void awaitStopped(long millis) throws InterruptedException {
        if (!process.waitFor(millis, TimeUnit.MILLISECONDS)) {
            process.destroyForcibly();
            process.waitFor(EXIT_WAIT_MILLIS, TimeUnit.MILLISECONDS);
        }
        reader.join(EXIT_WAIT_MILLIS);
        stderr.awaitEnd(EXIT_WAIT_MILLIS);
    }

    boolean finished() {
        return !process.isAlive() && !reader.isAlive();
    }

    /** The last lines the worker wrote to stderr. */
    String stderrTail() {
        return stderr.text();
    }

    String describe() {
        return "worker " + slot + " (pid " + process.pid() + ")";
    }

    private void readLoop() {
        Throwable cause;
        try {
            Frames.readHandshake(in);
            ready.complete(null);
            while (true) {
                Frames.Response response = Frames.readResponse(in);
                InFlight done;
                synchronized (this) {
                    done = inFlight.peekFirst();
                    if (done == null || done.batch.taskId(done.index) != response.taskId()) {
                        throw new FrameException("Garbled response: task id " + response.taskId() + ", expected "
                                + (done == null ? "none" : done.batch.taskId(done.index)));
                    }
                    inFlight.removeFirst();
                    headSince = System.nanoTime();
                }
                pool.window().record(response.nanos());
                if (response.ok()) {
                    done.batch.succeed(done.index, response.result());
                } else {
                    done.batch.fail(done.index, new RemoteTaskException(response.error() + " [in " + describe() + "]"));
                }
                if (in.available() == 0) {
                    topUp(done.batch, pool.window().size());
                }
            }
        } catch (Throwable t) {
            cause = t;
        }
        onLost(cause);
    }

    private void onLost(Throwable cause) {
        WorkerLostException reason = killReason;
        if (reason == null && cause instanceof FrameException) {
            process.destroyForcibly();
        }
        WorkerLostException ended = WorkerEnd.lost(describe(), process, stderr, cause, EXIT_WAIT_MILLIS);
        if (reason == null) {
            reason = ended;
        }
        List<InFlight> orphans;
        synchronized (this) {
            lost = true;
            orphans = new ArrayList<>(inFlight);
            inFlight.clear();
        }
        ready.completeExceptionally(reason);
        for (int i = 1; i < orphans.size(); i++) {
            orphans.get(i).batch.giveBack(orphans.get(i).index);
        }
        pool.workerLost(this, reason, killReason != null);
        if (!orphans.isEmpty()) {
            orphans.get(0).batch.fail(orphans.get(0).index, reason);
        }
    }

    /** A task sent to the worker and not answered yet. */
    private record InFlight(Batch batch, int index) {
    }
}
