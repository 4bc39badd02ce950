package dev.boundbench.analysis.render;

import dev.boundbench.analysis.stats.Estimate;
import dev.boundbench.analysis.verdict.OrderEffect;
import dev.boundbench.analysis.verdict.RunAnalysis;
import dev.boundbench.analysis.verdict.StatedRatio;
import java.util.List;

/**
 * The trust block's part on groups measured side by side: the A/A controls (a configuration
 * against its twin, the run's noise floor) with a warning when one's interval excludes 1, each
 * order effect that reaches beyond that floor, and how many ratios are paired.
 */
final class ControlSection {

    private ControlSection() {
    }

    /**
     * One small table of the A/A controls (each group's configuration against its twin, the run's
     * noise floor), then a line per control whose interval excludes 1 and per order effect beyond
     * that floor; a blank line before; nothing for a run without groups.
     */
    static void append(StringBuilder sb, RunAnalysis analysis) {
        List<StatedRatio> controls = analysis.controls();
        if (!controls.isEmpty()) {
            MarkdownTable table = new MarkdownTable(Column.left("A/A control (noise floor)"), Column.left("pair"),
                    Column.right("ratio [95% CI]"));
            controls.forEach(c -> table.row(Md.text(c.group()), Md.text(c.config()) + " / " + Md.text(c.baseline()),
                    times(c.ratio())));
            sb.append('\n').append(table.render());
        }
        for (StatedRatio c : controls) {
            if (c.ratio().above(1) || c.ratio().below(1)) {
                sb.append("\n**Warning**: in ").append(Md.text(c.group())).append(", ").append(Md.text(c.config()))
                        .append(" and its twin differ beyond their interval: the group's ratios carry more than")
                        .append(" the noise of its rounds.\n");
            }
        }
        analysis.orderEffects().stream().filter(OrderEffect::shown).forEach(o -> sb.append('\n').append(order(o)));
    }

    /** "Order: running first in a round costs g 4.1 % [2.0, 6.3].", a line break after. */
    private static String order(OrderEffect o) {
        Estimate r = o.ratio();
        boolean costs = r.value() > 1;
        return "Order: running first in a round " + (costs ? "costs " : "saves ") + Md.text(o.group()) + ' '
                + percent(r.value()) + " % [" + percent(costs ? r.low() : r.high()) + ", "
                + percent(costs ? r.high() : r.low()) + "].\n";
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
