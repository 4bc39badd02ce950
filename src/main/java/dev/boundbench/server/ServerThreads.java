package dev.boundbench.server;

import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadFactory;

/** The threads one server started, named with {@link FibServer#THREAD_NAME_PREFIX}, so that close can wait for them all. */
final class ServerThreads {

    /** How long close waits for a thread: a running fib request cannot be interrupted. */
    static final Duration CLOSE_WAIT = Duration.ofSeconds(30);

    private final Set<Thread> threads = ConcurrentHashMap.newKeySet();

    /** A factory that makes threads with {@code builder} and keeps them for {@link #awaitAll()}. */
    ThreadFactory tracked(Thread.Builder builder) {
        ThreadFactory factory = builder.factory();
        return task -> {
            Thread thread = factory.newThread(task);
            threads.removeIf(t -> t.getState() == Thread.State.TERMINATED);
            threads.add(thread);
            return thread;
        };
    }

    /** A started platform thread named {@code THREAD_NAME_PREFIX + name}. */
    Thread startPlatform(String name, Runnable task) {
        Thread thread = tracked(Thread.ofPlatform().name(FibServer.THREAD_NAME_PREFIX + name)).newThread(task);
        thread.start();
        return thread;
    }

    /**
     * Waits for every thread to end; a thread made but not yet started (the accept loop starts each
     * handler right after making it) is waited for until it starts.
     *
     * @throws IllegalStateException naming a thread still running {@link #CLOSE_WAIT} later
     */
    void awaitAll() {
        try {
            for (Thread thread : threads) {
                long deadline = System.nanoTime() + CLOSE_WAIT.toNanos();
                while (thread.getState() == Thread.State.NEW && System.nanoTime() < deadline) {
                    Thread.sleep(1);
                }
                if (thread.getState() == Thread.State.NEW) {
                    throw new IllegalStateException("Server thread " + thread.getName() + " never started");
                }
                if (!thread.join(CLOSE_WAIT)) {
                    throw new IllegalStateException("Server thread " + thread.getName() + " still running "
                            + CLOSE_WAIT.toSeconds() + " s after close");
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
