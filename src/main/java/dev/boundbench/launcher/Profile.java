package dev.boundbench.launcher;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * How long and how often the matrix is measured: each paired group ({@link #paired()}), and each
 * point when points run alone ({@code --unpaired}). Many short iterations rather than a few
 * long ones: JMH's error uses Student's t over the iterations (t = 8.6 at 99.9 % with 5 of them,
 * 4.8 with 10), and the bootstrap of the ratios needs samples to resample. {@code quick} runs the
 * whole matrix in about 5 minutes on 2 cores with one fork; its CPU groups warm up for 20 s, since
 * a fork's first 20 s or so of rounds still settle: there, the A/A log ratios of blocks of 8
 * iterations spread 1.4 times more from run to run than within each run, after them about 1.0.
 * {@code standard} adds forks, so that run-to-run JIT differences are inside every interval;
 * {@code full} is for publishing.
 *
 * @see #maxTasksPerThread()
 */
public enum Profile {

    QUICK(1, 1, 300, 10, 130, 50, new GroupIterations(new Iterations(1, 10, 2000, 32, 2000),
            new Iterations(1, 2, 1000, 8, 2000))),
    STANDARD(3, 2, 300, 12, 200, 100, new GroupIterations(new Iterations(7, 2, 1000, 12, 4000),
            new Iterations(5, 2, 1000, 6, 2000))),
    FULL(5, 3, 500, 15, 500, Integer.MAX_VALUE, new GroupIterations(new Iterations(10, 3, 2000, 15, 5000),
            new Iterations(5, 3, 2000, 10, 4000)));

    private final int forks;
    private final int warmupIterations;
    private final int warmupMillis;
    private final int measurementIterations;
    private final int measurementMillis;
    private final int maxTasksPerThread;
    private final GroupIterations paired;

    Profile(int forks, int warmupIterations, int warmupMillis, int measurementIterations, int measurementMillis,
            int maxTasksPerThread, GroupIterations paired) {
        this.paired = paired;
        this.forks = forks;
        this.warmupIterations = warmupIterations;
        this.warmupMillis = warmupMillis;
        this.measurementIterations = measurementIterations;
        this.measurementMillis = measurementMillis;
        this.maxTasksPerThread = maxTasksPerThread;
    }

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public int forks() {
        return forks;
    }

    public int warmupIterations() {
        return warmupIterations;
    }

    public int warmupMillis() {
        return warmupMillis;
    }

    public int measurementIterations() {
        return measurementIterations;
    }

    public int measurementMillis() {
        return measurementMillis;
    }

    /**
     * Rungs where one thread would run more than this many tasks back to back are skipped: with
     * 1,000 sleeps of 10 ms, one thread takes 10 s a batch, and every iteration is at least one
     * batch — 14 of them in each of 3 forks would be 7 minutes for one point. {@code quick} draws the
     * line lower, at 50: its 10-thread rung of 1,000 sleeps (100 × 10 ms back to back, the same 1 s
     * on every engine) took 14 s a point, a quarter of the whole quick matrix for no information.
     */
    public int maxTasksPerThread() {
        return maxTasksPerThread;
    }

    /**
     * The forks and iterations of each paired group (one {@code GroupBenchmark} run, whose
     * iterations hold whole rounds of every configuration), by its workload's kind: longer
     * iterations than a single point's, since each holds every configuration's batches; with one
     * fork blocks of consecutive iterations are the units of a ratio's interval, with several the forks are.
     */
    GroupIterations paired() {
        return paired;
    }

    /** One line for {@code --list}. */
    public String describe() {
        String limit = maxTasksPerThread == Integer.MAX_VALUE ? "every rung"
                : "skips rungs with more than " + maxTasksPerThread + " tasks per thread";
        return String.format(Locale.ROOT, "paired CPU groups: %s; other groups: %s; --unpaired points: forks %d,"
                + " warm-up %d x %d ms, measurement %d x %d ms; %s", rounds(paired.cpu()), rounds(paired.other()),
                forks, warmupIterations, warmupMillis, measurementIterations, measurementMillis, limit);
    }

    private static String rounds(Iterations group) {
        return String.format(Locale.ROOT, "forks %d, warm-up %d x %d ms, measurement %d x %d ms of rounds",
                group.forks(), group.warmupIterations(), group.warmupMillis(), group.measurementIterations(),
                group.measurementMillis());
    }

    /**
     * @throws UsageException naming the bad value and the valid ones
     */
    public static Profile fromName(String name) {
        for (Profile profile : values()) {
            if (profile.id().equals(name)) {
                return profile;
            }
        }
        throw new UsageException("Unknown profile \"" + name + "\"; valid: "
                + Arrays.stream(values()).map(Profile::id).collect(Collectors.joining(", ")));
    }
}
