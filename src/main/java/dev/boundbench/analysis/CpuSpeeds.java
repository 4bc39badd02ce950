package dev.boundbench.analysis;

import dev.boundbench.analysis.read.CoreSpeed;
import dev.boundbench.analysis.read.Environment;
import java.util.Locale;
import java.util.Optional;

/**
 * The two runs' core speeds (the {@code cpuSpeed} entry the launcher measures before a run), side
 * by side for {@code compare}: when they differ, the machine changed between the runs, and a
 * change in the scores may be the machine's rather than the code's.
 */
public final class CpuSpeeds {

    /** The environment.json entry. */
    static final String ENTRY = CoreSpeed.ENTRY;

    /** Above this difference, in percent, the line warns. */
    public static final double WARN_PERCENT = 10;

    private CpuSpeeds() {
    }

    /** One line, or empty when neither run recorded its speed. */
    static String line(Environment before, Environment after) {
        String b = before.entries().get(ENTRY);
        String a = after.entries().get(ENTRY);
        if (b == null && a == null) {
            return "";
        }
        Optional<CoreSpeed> speedBefore = CoreSpeed.of(b);
        Optional<CoreSpeed> speedAfter = CoreSpeed.of(a);
        String line = "CPU speed before the run: before " + shown(b, speedBefore) + "; after " + shown(a, speedAfter);
        if (speedBefore.isEmpty() || speedAfter.isEmpty()) {
            return line + ".";
        }
        double change = 100 * (speedAfter.get().microsPerCall() / speedBefore.get().microsPerCall() - 1);
        line += String.format(Locale.ROOT, " (%+.0f %% time per call)", change);
        return Math.abs(change) > WARN_PERCENT
                ? line + ". The machine itself ran at another speed: read changes in the scores with that in mind."
                : line + ".";
    }

    private static String shown(String entry, Optional<CoreSpeed> speed) {
        return entry == null ? "not measured" : speed.map(CoreSpeed::describe).orElse(entry);
    }
}
