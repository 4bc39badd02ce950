package dev.boundbench.launcher;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * How many forks and iterations each point gets, and how long an iteration lasts at least: the
 * profile's, with any of JMH's own options after {@code --} ({@code -f}, {@code -wi}, {@code -w},
 * {@code -i}, {@code -r}) taking their place.
 *
 * @param forks forks per point
 * @param warmupIterations warm-up iterations per fork
 * @param warmupMillis the least length of a warm-up iteration, in milliseconds
 * @param measurementIterations measured iterations per fork
 * @param measurementMillis the least length of a measured iteration, in milliseconds
 */
record Iterations(int forks, int warmupIterations, long warmupMillis, int measurementIterations,
                  long measurementMillis) {

    /** A single point's, run alone. */
    static Iterations of(Profile profile, CommandLineOptions jmh) {
        return new Iterations(profile.forks(), profile.warmupIterations(), profile.warmupMillis(),
                profile.measurementIterations(), profile.measurementMillis()).overriddenBy(jmh);
    }

    /** A paired group's, by its workload's kind. */
    static GroupIterations ofGroups(Profile profile, CommandLineOptions jmh) {
        return profile.paired().overriddenBy(jmh);
    }

    /** These, with any of JMH's own options in {@code jmh} in their place. */
    Iterations overriddenBy(CommandLineOptions jmh) {
        return new Iterations(jmh.getForkCount().orElse(forks), jmh.getWarmupIterations().orElse(warmupIterations),
                millis(jmh.getWarmupTime().orElse(null), warmupMillis),
                jmh.getMeasurementIterations().orElse(measurementIterations),
                millis(jmh.getMeasurementTime().orElse(null), measurementMillis));
    }

    private static long millis(TimeValue time, long fallback) {
        return time == null ? fallback : time.convertTo(TimeUnit.MILLISECONDS);
    }
}
