package dev.boundbench.launcher;

import dev.boundbench.bench.ConfigId;
import dev.boundbench.bench.LeadIn;
import dev.boundbench.engine.EngineType;
import dev.boundbench.workload.Kind;
import java.time.Duration;
import java.util.List;

/**
 * How long JMH takes to measure one point, or a paired group of them, from the time of one task. A batch of {@code tasks}
 * runs in waves of as many tasks as run at once (the threads, but at most the cores for CPU work);
 * a JMH iteration runs whole batches until its time is up, so it lasts at least that time, and a
 * batch longer than that makes it one batch long (8 fib(50)s on one thread: about 8 minutes). Each fork adds
 * {@link #FORK_OVERHEAD}, the task's first run in a fresh JVM, and per configuration one task and
 * one batch (the result check); a process pool adds the start of its workers, each a JVM start and
 * that first run again (see {@link #workersNanos}). CPU work on CPython's threads
 * (while the GIL is on) and on its event loop runs one task at a time, whatever the threads.
 *
 * @param iterations the forks and iterations of each point
 * @param cores the cores the benchmark runs on
 * @param jvmStart how long a JVM takes to start here, for the process pool's workers
 * @param pythonGil whether the CPython engines' interpreter has its GIL on
 */
record PointTime(Iterations iterations, int cores, Duration jvmStart, boolean pythonGil) {

    /** For an interpreter with the GIL on, as every default CPython build has. */
    PointTime(Iterations iterations, int cores, Duration jvmStart) {
        this(iterations, cores, jvmStart, true);
    }

    /**
     * JVM start, JMH's set-up of the fork and the profiler's first readings: about 1 s on the
     * 2-core reference machine (a quick run of 71 points took 4:17, of which 3:00 were iterations).
     */
    static final Duration FORK_OVERHEAD = Duration.ofSeconds(1);

    /** The same cores, JVM start and interpreter, with {@code other} forks and iterations. */
    PointTime with(Iterations other) {
        return new PointTime(other, cores, jvmStart, pythonGil);
    }

    /** Seconds to measure {@code tasks} tasks of {@code taskNanos} each on {@code engine} with {@code threads}. */
    double seconds(double taskNanos, Kind kind, EngineType engine, int threads, int tasks) {
        return groupSeconds(List.of(new Config(taskNanos, kind, engine, threads, tasks)));
    }

    /**
     * Seconds to measure a point alone, or a group of them one after the other in one fork: each
     * fork starts every configuration and runs one checked batch of each, and each iteration runs
     * whole rounds (one batch of every configuration) until its time is up.
     */
    double groupSeconds(List<Config> configs) {
        return groupSeconds(configs, false);
    }

    /**
     * {@link #groupSeconds(List)} for a paired group ({@code GroupBenchmark}), whose rounds also run
     * each configuration's untimed lead-in before its timed batch ({@link LeadIn#forKind}).
     */
    double pairedGroupSeconds(List<Config> configs) {
        return groupSeconds(configs, true);
    }

    private double groupSeconds(List<Config> configs, boolean leadIns) {
        double round = 0;
        double setUp = FORK_OVERHEAD.toNanos() + configs.stream().mapToDouble(Config::firstNanos).max().orElse(0);
        for (Config config : configs) {
            double batch = batchNanos(config);
            round += leadIns ? batch * (1 + leadInShare(config)) : batch;
            setUp += config.taskNanos() + batch + (config.engine() == EngineType.PROCESS_POOL
                    ? workersNanos(config) : 0);
        }
        double fork = setUp + iterations.warmupIterations() * iteration(iterations.warmupMillis(), round)
                + iterations.measurementIterations() * iteration(iterations.measurementMillis(), round);
        return Math.max(1, iterations.forks()) * fork / 1e9;
    }

    /**
     * The start of a process pool's workers, in nanoseconds: each is a JVM start and then the task's
     * first run, whose class loading and compiling keep about two cores busy, so that
     * {@code cores / 2} workers (at least one) start at once. On the 2-core reference machine the
     * workers start one after another: 16 file-copy workers (a 35 ms first run) took 2.1 s, 4
     * download workers (a 0.7 s first run) 3.5 s.
     */
    double workersNanos(Config config) {
        double atOnce = Math.max(1, cores / 2);
        return Math.ceil(config.threads() / atOnce) * (jvmStart.toNanos() + config.firstNanos());
    }

    /** One batch of {@code config}, in nanoseconds: waves of as many tasks as run at once. */
    double batchNanos(Config config) {
        int atOnce = config.kind() != Kind.CPU ? config.threads()
                : oneAtATime(config.engine()) ? 1 : Math.min(config.threads(), cores);
        return Math.ceil((double) config.tasks() / atOnce) * config.taskNanos();
    }

    /**
     * One configuration to time.
     *
     * @param taskNanos one task's time, in nanoseconds
     * @param firstNanos the task's first run in a fresh JVM, in nanoseconds
     * @param kind the workload's kind
     * @param engine the engine
     * @param threads its threads
     * @param tasks tasks per batch
     */
    record Config(double taskNanos, double firstNanos, Kind kind, EngineType engine, int threads, int tasks) {

        /** A configuration whose task's first run takes no longer than the others. */
        Config(double taskNanos, Kind kind, EngineType engine, int threads, int tasks) {
            this(taskNanos, taskNanos, kind, engine, threads, tasks);
        }
    }

    /** The lead-in's tasks as a share of the timed batch's. */
    private static double leadInShare(Config config) {
        int tasks = LeadIn.forKind(config.kind()).tasks(ConfigId.of(config.engine(), config.threads()), config.tasks());
        return config.tasks() > 0 ? (double) tasks / config.tasks() : 0;
    }

    /** Whether {@code engine} runs CPU work one task at a time. */
    private boolean oneAtATime(EngineType engine) {
        return engine == EngineType.CPYTHON_ASYNCIO || engine == EngineType.CPYTHON_THREADS && pythonGil;
    }

    /** Whole batches until the iteration's time is up. */
    private static double iteration(long millis, double batchNanos) {
        double nanos = millis * 1e6;
        return batchNanos <= 0 ? nanos : Math.max(1, Math.ceil(nanos / batchNanos)) * batchNanos;
    }
}
