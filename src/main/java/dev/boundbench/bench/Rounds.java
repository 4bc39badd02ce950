package dev.boundbench.bench;

import dev.boundbench.engine.Engine;
import dev.boundbench.workload.TaskRunner;
import dev.boundbench.workload.Task;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The configurations of a paired group, each with an engine of its own, and the rounds that
 * measure them: every round runs each configuration's batch once, in an order drawn afresh from a
 * seeded generator, times each batch on its own and checks its results. While one configuration
 * runs, the others wait idle (parked pool threads, workers blocked on their pipe).
 *
 * <p>Warm-up is counted in seconds, and a group's round lasts as long as all its batches together,
 * so a configuration of short batches among long ones (2,000 tasks of fib(5) in 0.1 ms beside
 * thread-per-task's 250 ms) would reach its measurement with a handful of batches run and its code
 * still interpreted: 3 × slower than it is once compiled. While warming, each configuration
 * therefore runs its batch again and again until {@value #WARM_MILLIS} ms have passed.
 *
 * <p>Each timed batch runs straight after its {@link LeadIn}: untimed tasks of its own
 * configuration, checked, so that it starts with its threads running and its cores awake.
 */
final class Rounds implements AutoCloseable {

    /** How long, at least, each configuration runs batches in a warm-up round. */
    static final long WARM_MILLIS = 10;

    private final List<ConfigId> configs;
    private final List<Engine> engines = new ArrayList<>();
    private final List<Task> batch;
    private final long expected;
    private final SplittableRandom order;
    private final RoundLog log;
    private final LeadIn leadIn;
    private List<ConfigId> lastOrder = List.of();
    private long[] lastNanos = new long[0];
    private boolean warming;

    /**
     * Starts every configuration's engine and runs one batch on each, checked.
     *
     * @param expected the result every task must give
     * @param leadIn the untimed tasks of its own configuration before each timed batch
     * @throws InterruptedException when interrupted; the engines started so far are closed
     */
    Rounds(List<ConfigId> configs, TaskRunner runner, Task task, int tasks, long expected, long seed, RoundLog log,
           LeadIn leadIn) throws InterruptedException {
        if (configs.isEmpty()) {
            throw new IllegalArgumentException("A group needs at least one configuration");
        }
        if (configs.stream().distinct().count() != configs.size()) {
            throw new IllegalArgumentException("A group names a configuration twice: " + configs);
        }
        this.configs = List.copyOf(configs);
        this.batch = Collections.nCopies(tasks, task);
        this.expected = expected;
        this.order = new SplittableRandom(seed);
        this.log = log;
        this.leadIn = leadIn;
        try {
            for (ConfigId id : configs) {
                Engine engine = id.engine().create(id.threads(), runner);
                engines.add(engine);
                BatchCheck.verify(id, engine.run(batch), batch, expected);
            }
        } catch (InterruptedException | RuntimeException e) {
            close();
            throw e;
        }
        log.reset(this.configs);
    }

    List<ConfigId> configs() {
        return configs;
    }

    /**
     * Whether the rounds from now on warm up: each configuration's batch then runs again,
     * checked and not timed, until {@value #WARM_MILLIS} ms have passed since it began.
     */
    void warming(boolean warming) {
        this.warming = warming;
    }

    /** The order the last round ran its configurations in. */
    List<ConfigId> lastOrder() {
        return lastOrder;
    }

    /** The batch times of the last round, in nanoseconds, in the order it ran its configurations. */
    long[] lastNanos() {
        return lastNanos.clone();
    }

    /**
     * One round: each configuration's batch once, in a fresh random order (Fisher–Yates), each
     * after its lead-in when the group has one.
     *
     * @return the sum of every result, so that no work can be left out
     */
    long runOne() throws InterruptedException {
        int[] indexes = new int[configs.size()];
        for (int i = 0; i < indexes.length; i++) {
            indexes[i] = i;
        }
        for (int i = indexes.length - 1; i > 0; i--) {
            int j = order.nextInt(i + 1);
            int swap = indexes[i];
            indexes[i] = indexes[j];
            indexes[j] = swap;
        }
        List<ConfigId> ran = new ArrayList<>(indexes.length);
        long[] nanos = new long[indexes.length];
        long sum = 0;
        for (int k = 0; k < indexes.length; k++) {
            ConfigId id = configs.get(indexes[k]);
            Engine engine = engines.get(indexes[k]);
            List<Task> lead = batch.subList(0, leadIn.tasks(id, batch.size()));
            if (!lead.isEmpty()) {
                BatchCheck.verify(id, engine.run(lead), lead, expected);
            }
            long start = System.nanoTime();
            long[] results = engine.run(batch);
            nanos[k] = System.nanoTime() - start;
            BatchCheck.verify(id, results, batch, expected);
            if (warming) {
                warmOn(id, engine, start);
            }
            ran.add(id);
            for (long result : results) {
                sum += result;
            }
        }
        log.round(ran, nanos);
        lastOrder = List.copyOf(ran);
        lastNanos = nanos;
        return sum;
    }

    /** Runs {@code engine}'s batch, checked, until {@value #WARM_MILLIS} ms have passed since {@code start}. */
    private void warmOn(ConfigId id, Engine engine, long start) throws InterruptedException {
        long until = start + WARM_MILLIS * 1_000_000;
        while (System.nanoTime() - until < 0) {
            BatchCheck.verify(id, engine.run(batch), batch, expected);
        }
    }

    /** Closes every engine, each even when another fails to close. */
    @Override
    public void close() {
        RuntimeException failure = null;
        for (Engine engine : engines) {
            try {
                engine.close();
            } catch (RuntimeException e) {
                if (failure == null) {
                    failure = e;
                } else {
                    failure.addSuppressed(e);
                }
            }
        }
        engines.clear();
        if (failure != null) {
            throw failure;
        }
    }
}
