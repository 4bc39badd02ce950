package dev.boundbench.server;

import dev.boundbench.engine.cpython.CPythonOptions;

/**
 * How the fib server runs its requests: the server designs the Python articles discuss, each as the
 * JVM builds it, and the articles' own three as CPython runs them (a Python process of the worker
 * script). The benchmark's {@code @Param}: a new constant is measured with no other edit.
 */
public enum ServerModel {

    /** A platform thread per connection: the articles' threaded server, without a GIL; the OS time-slices. */
    PLATFORM_THREADS {
        @Override
        FibServer start(ServerThreads threads) {
            return ThreadPerConnectionServer.start(threads,
                    threads.tracked(Thread.ofPlatform().name(FibServer.THREAD_NAME_PREFIX + "platform-", 0)), () -> { });
        }
    },

    /**
     * A virtual thread per connection on the JVM's default scheduler (one carrier per core). Virtual
     * threads are not time-sliced: a CPU-bound request holds its carrier until it answers.
     */
    VIRTUAL_THREADS {
        @Override
        FibServer start(ServerThreads threads) {
            return ThreadPerConnectionServer.start(threads,
                    threads.tracked(Thread.ofVirtual().name(FibServer.THREAD_NAME_PREFIX + "virtual-", 0)), () -> { });
        }
    },

    /**
     * A virtual thread per connection, all on one carrier thread of their own (see {@link OneCarrier}):
     * coroutines on one thread, so a CPU-bound request holds every connection until it answers.
     */
    VIRTUAL_ONE_CARRIER {
        @Override
        FibServer start(ServerThreads threads) {
            OneCarrier carrier = OneCarrier.start();
            return ThreadPerConnectionServer.start(threads,
                    threads.tracked(carrier.virtualThreads(FibServer.THREAD_NAME_PREFIX + "one-carrier-")), carrier);
        }
    },

    /**
     * One thread, a {@code java.nio} selector loop that also computes every answer: the asyncio
     * server with fib on the loop; a fib request blocks every connection until it answers.
     */
    EVENT_LOOP {
        @Override
        FibServer start(ServerThreads threads) {
            return EventLoopServer.start(threads, Offload.onCallingThread());
        }
    },

    /** The same loop handing every request to a pool of {@link #poolSize()} platform threads. */
    EVENT_LOOP_THREAD_POOL {
        @Override
        FibServer start(ServerThreads threads) {
            return EventLoopServer.start(threads, new ThreadPoolOffload(poolSize(), threads));
        }
    },

    /**
     * The same loop handing every request to {@link #poolSize()} worker processes (the suite's
     * process pool): the articles' cure, {@code ProcessPoolExecutor}; each request pays a pipe round trip.
     */
    EVENT_LOOP_PROCESS_POOL {
        @Override
        FibServer start(ServerThreads threads) {
            return EventLoopServer.start(threads, new ProcessPoolOffload(poolSize(), threads));
        }
    },

    /**
     * CPython's own threaded server ({@code socketserver.ThreadingTCPServer}, a thread per
     * connection), the articles' server as they measured it: the GIL, not the OS, decides who runs.
     */
    CPYTHON_THREADS {
        @Override
        FibServer start(ServerThreads threads) {
            return CPythonFibServer.start("threads", poolSize(), CPythonOptions.fromSystemProperties());
        }
    },

    /** CPython's asyncio server ({@code asyncio.start_server}) computing fib on its one loop. */
    CPYTHON_ASYNCIO {
        @Override
        FibServer start(ServerThreads threads) {
            return CPythonFibServer.start("asyncio", poolSize(), CPythonOptions.fromSystemProperties());
        }
    },

    /**
     * CPython's asyncio server handing fib to a {@code ProcessPoolExecutor} of {@link #poolSize()}
     * processes ({@code loop.run_in_executor}): the articles' cure, in CPython.
     */
    CPYTHON_ASYNCIO_PROCESS_POOL {
        @Override
        FibServer start(ServerThreads threads) {
            return CPythonFibServer.start("asyncio-processes", poolSize(), CPythonOptions.fromSystemProperties());
        }
    };

    /**
     * The threads or worker processes of the pool models: the cores (the default of Python's
     * {@code ProcessPoolExecutor}), at least 2 so that one request can run beside a long one.
     */
    public static int poolSize() {
        return Math.max(2, Runtime.getRuntime().availableProcessors());
    }

    FibServer start() {
        return start(new ServerThreads());
    }

    abstract FibServer start(ServerThreads threads);
}
