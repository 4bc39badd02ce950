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

    /** What the line adds when the speeds differ by more than {@link #WARN_PERCENT}. */
    static final String MACHINE_CHANGED = " The machine itself ran at another speed: read changes in the scores with"
            + " that in mind.";

    /**
     * Both runs' core speeds.
     *
     * @param before the first run's
     * @param after the second run's
     */
    record SpeedChange(CoreSpeed before, CoreSpeed after) {

        /** The change in time per call, after / before − 1, in percent. */
        double percent() {
            return 100 * (after.microsPerCall() / before.microsPerCall() - 1);
        }

        /** Whether the machine ran at another speed: a change beyond {@link #WARN_PERCENT}. */
        boolean warns() {
            return Math.abs(percent()) > WARN_PERCENT;
        }
    }

    /** The change between the two runs' speeds, or empty when either recorded none that reads. */
    static Optional<SpeedChange> change(Environment before, Environment after) {
        Optional<CoreSpeed> speedAfter = CoreSpeed.of(after);
        return CoreSpeed.of(before).flatMap(b -> speedAfter.map(a -> new SpeedChange(b, a)));
    }

    /** One line, or empty when neither run recorded its speed. */
    static String line(Environment before, Environment after) {
        String b = before.entries().get(ENTRY);
        String a = after.entries().get(ENTRY);
        if (b == null && a == null) {
            return "";
        }
        String line = "CPU speed before the run: before " + shown(b, CoreSpeed.of(b)) + "; after "
                + shown(a, CoreSpeed.of(a));
        Optional<SpeedChange> change = change(before, after);
        if (change.isEmpty()) {
            return line + ".";
        }
        line += String.format(Locale.ROOT, " (%+.0f %% time per call)", change.get().percent());
        return line + "." + (change.get().warns() ? MACHINE_CHANGED : "");
    }

    private static String shown(String entry, Optional<CoreSpeed> speed) {
        return entry == null ? "not measured" : speed.map(CoreSpeed::describe).orElse(entry);
    }
}
