package dev.boundbench.engine;

import dev.boundbench.workload.Task;
import dev.boundbench.workload.TaskRunner;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadFactory;
import java.util.function.Function;

/**
 * Runs a batch on an {@link ExecutorService}. A fixed pool bounds concurrency by itself; a
 * thread-per-task executor is bounded by a semaphore that the caller acquires before each start,
 * so at most {@code parallelism} task threads exist at once.
 */
final class ExecutorEngine implements Engine {

    private final ThreadTracker threads = new ThreadTracker();
    private final ExecutorService executor;
    private final TaskRunner runner;
    private final int parallelism;
    private final Semaphore permits;

    /**
     * @param executorOf makes the executor from a thread factory (which this engine wraps to track
     *        every thread it starts)
     * @param threadFactory makes the engine's threads
     * @param bounded whether the executor starts a thread per task and so needs the semaphore
     */
    ExecutorEngine(Function<ThreadFactory, ExecutorService> executorOf, ThreadFactory threadFactory, TaskRunner runner,
                   int parallelism, boolean bounded) {
        this.executor = executorOf.apply(task -> threads.track(threadFactory.newThread(task)));
        this.runner = runner;
        this.parallelism = parallelism;
        this.permits = bounded ? new Semaphore(parallelism) : null;
    }

    @Override
    public long[] run(List<Task> batch) throws InterruptedException {
        BatchResults results = new BatchResults(batch);
        try {
            for (int i = 0; i < batch.size(); i++) {
                int index = i;
                if (permits == null) {
                    executor.execute(() -> results.runAndRecord(index, runner));
                } else {
                    permits.acquire();
                    executor.execute(() -> {
                        try {
                            results.runAndRecord(index, runner);
                        } finally {
                            permits.release();
                        }
                    });
                }
            }
            return results.await();
        } catch (InterruptedException e) {
            results.cancel();
            throw e;
        }
    }

    @Override
    public int parallelism() {
        return parallelism;
    }

    @Override
    public void close() {
        ExecutorShutdown.stopAndWait(executor, threads, "Engine threads");
    }
}
