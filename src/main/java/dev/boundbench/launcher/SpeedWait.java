package dev.boundbench.launcher;

import dev.boundbench.analysis.CpuSpeeds;
import dev.boundbench.monitor.CpuSpeed;
import java.io.PrintStream;
import java.time.Duration;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * Before a rerun measures, waits for the core to run at the speed the earlier run recorded (within
 * {@link CpuSpeeds#WARN_PERCENT} %), timing it again every few seconds up to a limit. A re-measured
 * point is set beside points measured then, so their ratios mean something only when both ran on
 * a core of the same speed; a host that moves between speeds (a shared cloud core, turbo, a
 * thermal limit) often comes back within a minute. When it does not, the rerun goes on, and the
 * launcher says so.
 */
final class SpeedWait {

    /** Sleeps for a while; a test's sleeper returns at once. */
    interface Sleeper {
        void sleep(Duration duration) throws InterruptedException;
    }

    private final Supplier<CpuSpeed> probe;
    private final Sleeper sleeper;
    private final Duration every;
    private final int checks;

    /**
     * @param probe times the core ({@link CpuSpeed#measure()})
     * @param every the pause between two checks
     * @param checks how many checks at most after the first figure
     */
    SpeedWait(Supplier<CpuSpeed> probe, Sleeper sleeper, Duration every, int checks) {
        this.probe = probe;
        this.sleeper = sleeper;
        this.every = every;
        this.checks = checks;
    }

    /** Every 5 s for up to a minute, with the launcher's own timing of the core. */
    static SpeedWait oneMinute() {
        return new SpeedWait(CpuSpeed::measure, duration -> Thread.sleep(duration.toMillis()), Duration.ofSeconds(5), 12);
    }

    /** How much more time per call {@code speed} takes than {@code targetMicros}, in percent (negative: less). */
    static double percentOff(CpuSpeed speed, double targetMicros) {
        return 100 * (speed.microsPerCall() / targetMicros - 1);
    }

    /** Whether {@code speed} is within {@link CpuSpeeds#WARN_PERCENT} % of {@code targetMicros} per call. */
    static boolean close(CpuSpeed speed, double targetMicros) {
        return Math.abs(percentOff(speed, targetMicros)) <= CpuSpeeds.WARN_PERCENT;
    }

    /**
     * The first speed within reach of {@code targetMicros}, starting from {@code now}, or the last
     * one timed when none came; a line on {@code console} when it waits and when it stops waiting.
     * An interrupt ends the wait at once (the run's stop hook takes it from there).
     *
     * @param targetMicros the earlier run's microseconds per {@code fib(24)} call; not positive to skip the wait
     * @param what the earlier run, for the message
     */
    CpuSpeed until(double targetMicros, CpuSpeed now, String what, PrintStream console) {
        if (!(targetMicros > 0) || close(now, targetMicros)) {
            return now;
        }
        console.printf(Locale.ROOT, "CPU speed %.0f µs per fib(24) call, %.0f µs when %s was measured: waiting for"
                + " it to come within %.0f %% (timing it every %d s, %d times at most).%n", now.microsPerCall(),
                targetMicros, what, CpuSpeeds.WARN_PERCENT, every.toSeconds(), checks);
        CpuSpeed last = now;
        for (int check = 1; check <= checks; check++) {
            try {
                sleeper.sleep(every);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return last;
            }
            last = probe.get();
            if (close(last, targetMicros)) {
                console.printf(Locale.ROOT, "CPU speed %.0f µs per call after %d s: within %.0f %%; measuring.%n",
                        last.microsPerCall(), check * every.toSeconds(), CpuSpeeds.WARN_PERCENT);
                return last;
            }
        }
        console.printf(Locale.ROOT, "CPU speed still %.0f µs per call after %d s; measuring anyway.%n",
                last.microsPerCall(), checks * every.toSeconds());
        return last;
    }
}
