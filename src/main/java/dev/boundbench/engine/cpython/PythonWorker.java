package dev.boundbench.engine.cpython;

import dev.boundbench.engine.process.Batch;
import dev.boundbench.engine.process.FrameException;
import dev.boundbench.engine.process.Frames;
import dev.boundbench.engine.process.RemoteTaskException;
import dev.boundbench.engine.process.StderrTail;
import dev.boundbench.engine.process.WorkerEnd;
import dev.boundbench.engine.process.WorkerLostException;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The JVM's side of one running Python worker: its pipes, the tasks sent and not yet answered (the
 * worker answers in the order they finish), and a reader thread that records each reply. When the
 * worker's stdout ends or garbles, the reader fails every task in flight with one
 * {@link WorkerLostException} naming the worker, its pid, its exit status and its stderr.
 */
final class PythonWorker {

    private static final long EXIT_WAIT_MILLIS = 2_000;

    private final String name;
    private final Process process;
    private final DataOutputStream out;
    private final DataInputStream in;
    private final StderrTail stderr;
    private final Thread reader;
    private final CompletableFuture<Void> ready = new CompletableFuture<>();
    private final Map<Long, InFlight> inFlight = new ConcurrentHashMap<>();
    private final Map<Long, CompletableFuture<Void>> pings = new ConcurrentHashMap<>();
    private final AtomicLong pingIds = new AtomicLong();
    private boolean lost;
    private volatile WorkerLostException lostReason;
    private volatile WorkerLostException killReason;

    private PythonWorker(String name, Process process, String threadPrefix) {
        this.name = name;
        this.process = process;
        this.out = new DataOutputStream(new BufferedOutputStream(process.getOutputStream(), 64 * 1024));
        this.in = new DataInputStream(new BufferedInputStream(process.getInputStream(), 64 * 1024));
        this.stderr = new StderrTail(process.getErrorStream(), threadPrefix + "stderr");
        this.reader = Thread.ofPlatform().name(threadPrefix + "reader").daemon(true).unstarted(this::readLoop);
    }

    /**
     * Starts {@code command} and waits for the worker's handshake, which it sends once its pool is made.
     *
     * @param name names the worker in messages, e.g. {@code cpython-threads worker}
     * @throws IllegalStateException naming the worker and its stderr when it does not get ready
     */
    static PythonWorker start(String name, List<String> command, String threadPrefix, long readyLimitSeconds)
            throws IOException {
        PythonWorker worker = new PythonWorker(name, new ProcessBuilder(command).start(), threadPrefix);
        worker.reader.start();
        try {
            worker.ready.get(readyLimitSeconds, TimeUnit.SECONDS);
            return worker;
        } catch (ExecutionException e) {
            worker.stop();
            throw new IllegalStateException("Cannot start " + name + " with " + command.get(0) + ": "
                    + e.getCause().getMessage(), e.getCause());
        } catch (TimeoutException e) {
            worker.kill(new WorkerLostException(worker.describe() + " was killed: not ready after "
                    + readyLimitSeconds + " s"));
            worker.stop();
            throw new IllegalStateException(worker.describe() + " not ready after " + readyLimitSeconds
                    + " s; its stderr: " + worker.stderr.text());
        } catch (InterruptedException e) {
            worker.kill(new WorkerLostException(worker.describe() + " was killed: interrupted while starting"));
            worker.stop();
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while starting " + worker.describe());
        }
    }

    long pid() {
        return process.pid();
    }

    /** Whether the worker has ended, failed or been killed, so that a new one is needed. */
    synchronized boolean lost() {
        return lost || killReason != null;
    }

    /** The live processes the worker started (a ProcessPoolExecutor's children), by pid. */
    List<Long> childPids() {
        return process.descendants().filter(ProcessHandle::isAlive).map(ProcessHandle::pid).toList();
    }

    /**
     * Sends every task of {@code batch} in one write. If the worker is already lost, fails them
     * with the reason; if it dies meanwhile, its reader fails them.
     */
    synchronized void send(Batch batch, int tasks) {
        if (lost) {
            for (int index = 0; index < tasks; index++) {
                batch.fail(index, lostReason);
            }
            return;
        }
        for (int index = 0; index < tasks; index++) {
            inFlight.put(batch.taskId(index), new InFlight(batch, index));
        }
        try {
            for (int index = 0; index < tasks; index++) {
                Frames.writeRequest(out, batch.taskId(index), batch.task(index));
            }
            out.flush();
        } catch (IOException brokenPipe) {
            // The worker is gone: its reader sees the end of its stdout and fails what is in flight.
        }
    }

    /** One round trip through the pipes, answered by the worker's reader without its pool. */
    void ping() throws InterruptedException {
        long id = -pingIds.incrementAndGet();
        CompletableFuture<Void> answer = new CompletableFuture<>();
        synchronized (this) {
            if (lost) {
                throw lostReason;
            }
            pings.put(id, answer);
            try {
                Frames.writePing(out, id);
                out.flush();
            } catch (IOException brokenPipe) {
                // The reader fails the ping.
            }
        }
        try {
            answer.get();
        } catch (ExecutionException e) {
            throw (WorkerLostException) e.getCause();
        }
    }

    /** Whether tasks are in flight. */
    boolean busy() {
        return !inFlight.isEmpty();
    }

    /**
     * Kills the worker and every process it started, children first (once the worker is gone they
     * would no longer be its descendants); {@code reason} becomes the failure of its tasks in flight.
     */
    void kill(WorkerLostException reason) {
        if (killReason == null) {
            killReason = reason;
        }
        destroyTree();
    }

    private void destroyTree() {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
    }

    /**
     * Ends the worker and waits for it, its children and its threads: it closes the worker's stdin
     * (the worker then shuts its pool down and exits), or kills it when tasks are in flight; any
     * process still there after {@value #EXIT_WAIT_MILLIS} ms is killed.
     */
    void stop() {
        List<ProcessHandle> family = process.descendants().toList();
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
        boolean interrupted = false;
        try {
            if (!process.waitFor(EXIT_WAIT_MILLIS, TimeUnit.MILLISECONDS)) {
                kill(new WorkerLostException(describe() + " was killed: it did not exit when its stdin closed"));
                process.waitFor(EXIT_WAIT_MILLIS, TimeUnit.MILLISECONDS);
            }
            for (ProcessHandle child : family) {
                try {
                    child.onExit().get(EXIT_WAIT_MILLIS, TimeUnit.MILLISECONDS);
                } catch (TimeoutException | ExecutionException e) {
                    child.destroyForcibly();
                }
            }
            reader.join(EXIT_WAIT_MILLIS);
        } catch (InterruptedException e) {
            interrupted = true;
            family.forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
        }
        stderr.awaitEnd(EXIT_WAIT_MILLIS);
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    /** The last lines the worker wrote to stderr. */
    String stderrTail() {
        return stderr.text();
    }

    String describe() {
        return name + " (python pid " + process.pid() + ")";
    }

    private void readLoop() {
        Throwable cause;
        try {
            Frames.readHandshake(in);
            ready.complete(null);
            while (true) {
                Frames.Response response = Frames.readResponse(in);
                if (response.taskId() < 0) {
                    CompletableFuture<Void> ping = pings.remove(response.taskId());
                    if (ping == null) {
                        throw new FrameException("Garbled response: ping id " + response.taskId() + " was never sent");
                    }
                    ping.complete(null);
                    continue;
                }
                InFlight done = inFlight.remove(response.taskId());
                if (done == null) {
                    throw new FrameException("Garbled response: task id " + response.taskId() + " is not in flight");
                }
                if (response.ok()) {
                    done.batch.succeed(done.index, response.result());
                } else {
                    done.batch.fail(done.index, new RemoteTaskException(response.error() + " [in " + describe() + "]"));
                }
            }
        } catch (Throwable t) {
            cause = t;
        }
        onLost(cause);
    }

    private void onLost(Throwable cause) {
        if (killReason == null && cause instanceof FrameException) {
            destroyTree();
        }
        WorkerLostException ended = WorkerEnd.lost(describe(), process, stderr, cause, EXIT_WAIT_MILLIS);
        WorkerLostException reason = killReason == null ? ended : killReason;
        List<InFlight> orphans;
        List<CompletableFuture<Void>> unanswered;
        synchronized (this) {
            lost = true;
            lostReason = reason;
            orphans = new ArrayList<>(inFlight.values());
            inFlight.clear();
            unanswered = new ArrayList<>(pings.values());
            pings.clear();
        }
        ready.completeExceptionally(reason);
        for (InFlight orphan : orphans) {
            orphan.batch.fail(orphan.index, reason);
        }
        for (CompletableFuture<Void> ping : unanswered) {
            ping.completeExceptionally(reason);
        }
    }

    /** A task sent to the worker and not answered yet. */
    private record InFlight(Batch batch, int index) {
    }
}
