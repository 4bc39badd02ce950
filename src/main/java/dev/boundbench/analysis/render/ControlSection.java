package dev.boundbench.analysis.render;

import dev.boundbench.analysis.stats.Estimate;
import dev.boundbench.analysis.verdict.OrderEffect;
import dev.boundbench.analysis.verdict.RunAnalysis;
import dev.boundbench.analysis.verdict.StatedRatio;
import java.util.List;

/**
 * The lines that head a report of groups measured side by side: each A/A control (a configuration
 * against its twin, the run's noise floor) with a warning when its interval excludes 1, and each
 * order effect that reaches beyond that floor.
 */
final class ControlSection {

    private ControlSection() {
    }

    /** The lines, a blank line before each and after the last; nothing for a run without groups. */
    static void append(StringBuilder sb, RunAnalysis analysis) {
        int start = sb.length();
        for (StatedRatio c : analysis.controls()) {
            sb.append("A/A control of ").append(Md.text(c.group())).append(": ").append(Md.text(c.config()))
                    .append(" against its twin ").append(Md.text(c.baseline())).append(": ")
                    .append(times(c.ratio())).append(" — the run's noise floor.\n\n");
            if (c.ratio().above(1) || c.ratio().below(1)) {
                sb.append("**Warning**: in ").append(Md.text(c.group())).append(", ").append(Md.text(c.config()))
                        .append(" and its twin differ beyond their interval: the group's ratios carry more than")
                        .append(" the noise of its rounds.\n\n");
            }
        }
        for (OrderEffect o : analysis.orderEffects()) {
            if (o.shown()) {
                Estimate r = o.ratio();
                boolean costs = r.value() > 1;
                sb.append("Order: running first in a round ").append(costs ? "costs " : "saves ")
                        .append(Md.text(o.group())).append(' ').append(percent(r.value())).append(" % [")
                        .append(percent(costs ? r.low() : r.high())).append(", ")
                        .append(percent(costs ? r.high() : r.low())).append("].\n\n");
            }
        }
        if (sb.length() > start) {
            sb.insert(start, '\n');
        }
    }

    /**
     * One line under the trust block: how many of the report's ratios are paired, how many unpaired;
     * empty when the report states no ratio with an interval.
     */
    static String pairing(List<Estimate> ratios) {
        long paired = ratios.stream().filter(Estimate::paired).count();
        if (ratios.isEmpty()) {
            return "";
        }
        return "Ratios: " + paired + " of " + ratios.size() + " paired (measured side by side in rounds, so the"
                + " host's drift cancels in them); " + (ratios.size() - paired) + " unpaired (measured apart, the"
                + " host's drift between them inside their intervals).";
    }

    /** {@code 4.1}: a ratio's distance from 1, in percent, unsigned, to two significant digits. */
    private static String percent(double ratio) {
        return Num.sig(Math.abs(ratio - 1) * 100, 2);
    }

    /** {@code 1.003× [0.9912, 1.015]}: four significant digits, since an A/A ratio lies near 1. */
    private static String times(Estimate e) {
        String v = Num.sig(e.value(), 4) + "×";
        return e.hasInterval() ? v + " [" + Num.sig(e.low(), 4) + ", " + Num.sig(e.high(), 4) + "]" : v;
    }
}
