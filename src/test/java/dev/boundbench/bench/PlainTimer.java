package dev.boundbench.bench;

import dev.boundbench.engine.Engine;
import dev.boundbench.engine.EngineType;
import dev.boundbench.workload.Task;
import dev.boundbench.workload.WorkloadRunner;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * Times the batches of one scaling point with a plain {@code System.nanoTime} loop, outside JMH, the
 * way a user would by hand: a warm-up, then rounds of whole batches, printing each round's mean
 * time per batch in milliseconds on a line of its own. The harness check compares it with JMH.
 * Arguments: {@code workload size tasks engine threads warmupMillis rounds roundMillis}.
 */
public final class PlainTimer {

    private PlainTimer() {
    }

    public static void main(String[] args) throws Exception {
        Task task = new Task(args[0], Integer.parseInt(args[1]));
        List<Task> batch = Collections.nCopies(Integer.parseInt(args[2]), task);
        EngineType type = EngineType.valueOf(args[3]);
        int threads = Integer.parseInt(args[4]);
        long warmupNanos = Long.parseLong(args[5]) * 1_000_000;
        int rounds = Integer.parseInt(args[6]);
        long roundNanos = Long.parseLong(args[7]) * 1_000_000;
        try (WorkloadRunner runner = WorkloadRunner.withDiscoveredWorkloads();
             Engine engine = type.create(threads, runner)) {
            long expected = runner.run(task);
            timeRound(engine, batch, expected, warmupNanos);
            for (int r = 0; r < rounds; r++) {
                System.out.println(String.format(Locale.ROOT, "%.6f", timeRound(engine, batch, expected, roundNanos)));
            }
        }
    }

    /** Runs whole batches for at least {@code nanos}; the mean milliseconds per batch. */
    private static double timeRound(Engine engine, List<Task> batch, long expected, long nanos)
            throws InterruptedException {
        long start = System.nanoTime();
        long now;
        int batches = 0;
        do {
            long[] results = engine.run(batch);
            if (results[results.length - 1] != expected) {
                throw new IllegalStateException("Batch gave " + results[results.length - 1] + ", expected " + expected);
            }
            batches++;
            now = System.nanoTime();
        } while (now - start < nanos);
        return (now - start) / 1e6 / batches;
    }
}
