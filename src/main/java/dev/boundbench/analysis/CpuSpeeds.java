package dev.boundbench.analysis;

import dev.boundbench.analysis.read.Environment;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The two runs' core speeds (the {@code cpuSpeed} entry the launcher measures before a run), side
 * by side for {@code compare}: when they differ, the machine changed between the runs, and a
 * change in the scores may be the machine's rather than the code's.
 */
public final class CpuSpeeds {

    /** The environment.json entry. */
    static final String ENTRY = "cpuSpeed";

    /** Above this difference, in percent, the line warns. */
    public static final double WARN_PERCENT = 10;

    private static final Pattern MICROS = Pattern.compile("([0-9]+(?:\\.[0-9]+)?) µs per call");

    private CpuSpeeds() {
    }

    /** One line, or empty when neither run recorded its speed. */
    static String line(Environment before, Environment after) {
        String b = before.entries().get(ENTRY);
        String a = after.entries().get(ENTRY);
        if (b == null && a == null) {
            return "";
        }
        String line = "CPU speed before the run: before " + (b == null ? "not measured" : b) + "; after "
                + (a == null ? "not measured" : a);
        double microsBefore = micros(b);
        double microsAfter = micros(a);
        if (!(microsBefore > 0 && microsAfter > 0)) {
            return line + ".";
        }
        double change = 100 * (microsAfter / microsBefore - 1);
        line += String.format(Locale.ROOT, " (%+.0f %% time per call)", change);
        return Math.abs(change) > WARN_PERCENT
                ? line + ". The machine itself ran at another speed: read changes in the scores with that in mind."
                : line + ".";
    }

    /** The microseconds per call in a {@code cpuSpeed} entry ("… 225 µs per call …"); NaN when absent or unreadable. */
    public static double micros(String entry) {
        if (entry == null) {
            return Double.NaN;
        }
        Matcher m = MICROS.matcher(entry);
        return m.find() ? Double.parseDouble(m.group(1)) : Double.NaN;
    }
}
