package dev.boundbench.server;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Hands every request to a fixed pool of platform threads, as an asyncio server hands work to
 * {@code run_in_executor} with a {@code ThreadPoolExecutor}; without a GIL they compute in parallel.
 */
final class ThreadPoolOffload implements Offload {

    private final ExecutorService pool;

    ThreadPoolOffload(int threads, ServerThreads tracker) {
        this.pool = Executors.newFixedThreadPool(threads,
                tracker.tracked(Thread.ofPlatform().name(FibServer.THREAD_NAME_PREFIX + "pool-", 0)));
    }

    @Override
    public void answer(String line, Consumer<String> reply) {
        pool.execute(() -> reply.accept(FibProtocol.answer(line)));
    }

    /** Lets the requests already running finish (a fib cannot be interrupted), then stops the threads. */
    @Override
    public void close() {
        pool.shutdown();
        try {
            if (!pool.awaitTermination(ServerThreads.CLOSE_WAIT.toSeconds(), TimeUnit.SECONDS)) {
                throw new IllegalStateException("The fib server's thread pool still runs requests "
                        + ServerThreads.CLOSE_WAIT.toSeconds() + " s after close");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
