package dev.boundbench.engine;

import dev.boundbench.engine.cpython.CPythonPool;
import dev.boundbench.engine.cpython.PythonPoolKind;
import dev.boundbench.engine.process.ProcessPool;
import dev.boundbench.workload.TaskRunner;
import java.util.Arrays;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.stream.Collectors;

/**
 * Every engine, by the name users type. Serves as the JMH {@code @Param}: an enum parameter left
 * without values runs every constant, so a new engine is one more constant here.
 */
public enum EngineType {

    /** One task after another on the caller's thread: the baseline. */
    SEQUENTIAL("sequential", "one task after another on the caller's thread (the baseline)") {
        @Override
        Engine open(int threads, TaskRunner runner) {
            return new SequentialEngine(runner);
        }

        @Override
        public int maxThreads() {
            return 1;
        }
    },

    /** A fixed pool of platform threads, like {@code ThreadPoolExecutor}. */
    PLATFORM_POOL("platform-pool", "a fixed pool of `threads` platform threads") {
        @Override
        Engine open(int threads, TaskRunner runner) {
            return new ExecutorEngine(factory -> Executors.newFixedThreadPool(threads, factory),
                    platformThreads("pool-"), runner, threads, false);
        }
    },

    /** A new platform thread per task, at most {@code threads} at once: Python's {@code threading.Thread}. */
    THREAD_PER_TASK("thread-per-task", "a new platform thread per task, at most `threads` at once") {
        @Override
        Engine open(int threads, TaskRunner runner) {
            return new ExecutorEngine(Executors::newThreadPerTaskExecutor, platformThreads("thread-"), runner,
                    threads, true);
        }
    },

    /** A new virtual thread per task, at most {@code threads} at once, on the JDK's carrier pool. */
    VIRTUAL("virtual", "a virtual thread per task, at most `threads` at once, on the default carrier pool") {
        @Override
        Engine open(int threads, TaskRunner runner) {
            ThreadFactory factory = Thread.ofVirtual().name(Engine.THREAD_NAME_PREFIX + "virtual-", 0).factory();
            return new ExecutorEngine(Executors::newThreadPerTaskExecutor, factory, runner, threads, true);
        }
    },

    /** A {@code ForkJoinPool} of parallelism {@code threads} splitting the batch recursively. */
    FORK_JOIN("fork-join", "a ForkJoinPool of parallelism `threads` that splits the batch in halves") {
        @Override
        Engine open(int threads, TaskRunner runner) {
            return new ForkJoinEngine(threads, runner);
        }
    },

    /**
     * A pool of {@code threads} worker JVMs fed over pipes, like Python's {@code ProcessPoolExecutor};
     * the workers run tasks with their own discovered workloads, so {@code runner} is not used.
     */
    PROCESS_POOL("process-pool", "a pool of `threads` worker JVMs fed tasks over stdin/stdout pipes") {
        @Override
        Engine open(int threads, TaskRunner runner) {
            return new ProcessPool(threads);
        }

        /** Twice the cores, at least 16: each worker is a whole JVM. */
        @Override
        public int maxThreads() {
            return maxProcesses();
        }
    },

    /** CPython's {@code ThreadPoolExecutor} of {@code threads} threads, in one Python worker process. */
    CPYTHON_THREADS("cpython-threads", "CPython: a ThreadPoolExecutor of `threads` threads in one Python process") {
        @Override
        Engine open(int threads, TaskRunner runner) {
            return new CPythonPool(id(), PythonPoolKind.THREADS, threads);
        }
    },

    /** CPython's {@code ProcessPoolExecutor} of {@code threads} processes, made by one Python worker process. */
    CPYTHON_PROCESSES("cpython-processes", "CPython: a ProcessPoolExecutor of `threads` processes") {
        @Override
        Engine open(int threads, TaskRunner runner) {
            return new CPythonPool(id(), PythonPoolKind.PROCESSES, threads);
        }

        /** As the process pool: each is a whole interpreter. */
        @Override
        public int maxThreads() {
            return maxProcesses();
        }
    },

    /** Coroutines on one CPython asyncio event loop, at most {@code threads} at once. */
    CPYTHON_ASYNCIO("cpython-asyncio", "CPython: coroutines on one asyncio event loop, at most `threads` at once") {
        @Override
        Engine open(int threads, TaskRunner runner) {
            return new CPythonPool(id(), PythonPoolKind.ASYNCIO, threads);
        }
    };

    /** The prefix of the CPython engines' ids: they run the workloads' Python twins, not the JVM's code. */
    public static final String CPYTHON_PREFIX = "cpython-";

    private final String id;
    private final String description;

    EngineType(String id, String description) {
        this.id = id;
        this.description = description;
    }

    /** The name users type, e.g. {@code platform-pool}. */
    public String id() {
        return id;
    }

    /** One line on what the engine does. */
    public String description() {
        return description;
    }

    /**
     * Whether the engine runs tasks in CPython (the workloads' Python twins, started from a Python
     * interpreter) rather than on the JVM.
     */
    public boolean cpython() {
        return id.startsWith(CPYTHON_PREFIX);
    }

    /** The most threads (or processes) this engine can sensibly use. */
    public int maxThreads() {
        return Integer.MAX_VALUE;
    }

    /**
     * Starts an engine of this type.
     *
     * @param threads how many tasks run at once, from 1 to {@link #maxThreads()}
     * @param runner runs one task on the calling thread
     * @throws IllegalArgumentException when {@code threads} is out of range, naming it
     */
    public Engine create(int threads, TaskRunner runner) {
        if (threads < 1 || threads > maxThreads()) {
            throw new IllegalArgumentException("Engine " + id + " takes threads from 1 to " + maxThreads()
                    + ", got " + threads);
        }
        return open(threads, runner);
    }

    abstract Engine open(int threads, TaskRunner runner);

    /**
     * The engine called {@code name}, by its id ({@code platform-pool}) or constant name
     * ({@code PLATFORM_POOL}).
     *
     * @throws IllegalArgumentException naming the bad value and the valid ones
     */
    public static EngineType fromName(String name) {
        for (EngineType type : values()) {
            if (type.id.equals(name) || type.name().equals(name)) {
                return type;
            }
        }
        throw new IllegalArgumentException("Unknown engine \"" + name + "\"; valid: " + validNames());
    }

    /** The ids of every engine, comma separated. */
    public static String validNames() {
        return Arrays.stream(values()).map(EngineType::id).collect(Collectors.joining(", "));
    }

    @Override
    public String toString() {
        return id;
    }

    /** Twice the cores, at least 16: for engines whose every thread is a process. */
    private static int maxProcesses() {
        return Math.max(16, 2 * Runtime.getRuntime().availableProcessors());
    }

    private static ThreadFactory platformThreads(String kind) {
        return Thread.ofPlatform().name(Engine.THREAD_NAME_PREFIX + kind, 0).factory();
    }

}
