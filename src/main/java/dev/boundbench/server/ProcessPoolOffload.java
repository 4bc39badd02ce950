package dev.boundbench.server;

import dev.boundbench.engine.TaskFailedException;
import dev.boundbench.engine.process.ProcessPool;
import dev.boundbench.workload.Task;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Hands every request to worker processes, the articles' cure ({@code ProcessPoolExecutor} behind
 * an asyncio loop): {@code workers} child JVMs of the suite's {@link ProcessPool}, each a pool of
 * one, so that each worker runs one request at a time while the others take the next ones. A
 * hand-off thread per worker waits for its worker's answer; requests queue in arrival order when
 * every worker is busy.
 */
final class ProcessPoolOffload implements Offload {

    private final List<ProcessPool> workers = new ArrayList<>();
    private final BlockingQueue<ProcessPool> idle;
    private final ExecutorService handOff;

    ProcessPoolOffload(int workerCount, ServerThreads tracker) {
        this.idle = new ArrayBlockingQueue<>(workerCount);
        try {
            for (int i = 0; i < workerCount; i++) {
                ProcessPool worker = new ProcessPool(1);
                workers.add(worker);
                idle.add(worker);
            }
        } catch (RuntimeException e) {
            workers.forEach(ProcessPool::close);
            throw e;
        }
        this.handOff = Executors.newFixedThreadPool(workerCount,
                tracker.tracked(Thread.ofPlatform().name(FibServer.THREAD_NAME_PREFIX + "handoff-", 0)));
    }

    @Override
    public void answer(String line, Consumer<String> reply) {
        int n;
        try {
            n = FibProtocol.parse(line);
        } catch (NumberFormatException e) {
            reply.accept(FibProtocol.error(line));
            return;
        }
        handOff.execute(() -> reply.accept(compute(n)));
    }

    private String compute(int n) {
        ProcessPool worker;
        try {
            worker = idle.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "error: the server is closing";
        }
        try {
            return Long.toString(worker.run(List.of(new Task("fib", n)))[0]);
        } catch (TaskFailedException e) {
            return "error: " + e.getCause().getMessage();
        } catch (IllegalStateException e) {
            return "error: " + e.getMessage();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "error: the server is closing";
        } finally {
            idle.add(worker);
        }
    }

    /** Stops the workers (a busy one is killed, failing its request) and the hand-off threads. */
    @Override
    public void close() {
        workers.forEach(ProcessPool::close);
        handOff.shutdownNow();
        try {
            if (!handOff.awaitTermination(ServerThreads.CLOSE_WAIT.toSeconds(), TimeUnit.SECONDS)) {
                throw new IllegalStateException("The fib server's hand-off threads still run "
                        + ServerThreads.CLOSE_WAIT.toSeconds() + " s after close");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
