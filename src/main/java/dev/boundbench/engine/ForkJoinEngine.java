package dev.boundbench.engine;

import dev.boundbench.workload.Task;
import dev.boundbench.workload.TaskRunner;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
import java.util.concurrent.ForkJoinWorkerThread;
import java.util.concurrent.RecursiveAction;

/**
 * A {@link ForkJoinPool} of the given parallelism that splits the batch in halves until one task
 * is left, so idle workers steal the other halves.
 */
final class ForkJoinEngine implements Engine {

    private final ThreadTracker threads = new ThreadTracker();
    private final ForkJoinPool pool;
    private final TaskRunner runner;

    ForkJoinEngine(int parallelism, TaskRunner runner) {
        this.pool = new ForkJoinPool(parallelism, new NamedForkJoinThreadFactory(threads), null, false);
        this.runner = runner;
    }

    @Override
    public long[] run(List<Task> batch) throws InterruptedException {
        BatchResults results = new BatchResults(batch);
        if (batch.isEmpty()) {
            return results.valuesOrFirstFailure();
        }
        ForkJoinTask<Void> root = pool.submit(new Split(results, 0, batch.size()));
        try {
            root.get();
        } catch (InterruptedException e) {
            results.cancel();
            root.cancel(true);
            throw e;
        } catch (ExecutionException e) {
            throw new IllegalStateException("Fork/join split failed", e.getCause());
        }
        return results.valuesOrFirstFailure();
    }

    @Override
    public int parallelism() {
        return pool.getParallelism();
    }

    @Override
    public void close() {
        ExecutorShutdown.stopAndWait(pool, threads, "Fork/join workers");
    }

    /** Runs tasks [from, to) by halving the range. */
    private final class Split extends RecursiveAction {
        private static final long serialVersionUID = 1L;
        private final transient BatchResults results;
        private final int from;
        private final int to;

        Split(BatchResults results, int from, int to) {
            this.results = results;
            this.from = from;
            this.to = to;
        }

        @Override
        protected void compute() {
            if (to - from == 1) {
                results.runAndRecord(from, runner);
                return;
            }
            int middle = (from + to) >>> 1;
            invokeAll(new Split(results, from, middle), new Split(results, middle, to));
        }
    }

    /** Names workers {@code boundbench-fork-join-N} so tests and thread dumps can find them. */
    private record NamedForkJoinThreadFactory(ThreadTracker threads)
            implements ForkJoinPool.ForkJoinWorkerThreadFactory {
        @Override
        public ForkJoinWorkerThread newThread(ForkJoinPool pool) {
            ForkJoinWorkerThread thread = ForkJoinPool.defaultForkJoinWorkerThreadFactory.newThread(pool);
            thread.setName(Engine.THREAD_NAME_PREFIX + "fork-join-" + thread.getPoolIndex());
            return threads.track(thread);
        }
    }
}
