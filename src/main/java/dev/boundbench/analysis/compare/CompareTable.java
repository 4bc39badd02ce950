package dev.boundbench.analysis.compare;

import dev.boundbench.analysis.read.Metric;
import dev.boundbench.analysis.render.MarkdownTable;
import dev.boundbench.analysis.render.Num;
import java.util.List;

/** The comparison as a padded table and a one-line summary, for a terminal or a CI log. */
public final class CompareTable {

    private CompareTable() {
    }

    /** The table of {@code rows} and the summary line under it. */
    public static String render(List<CompareRow> rows, double thresholdPercent) {
        MarkdownTable table = new MarkdownTable(List.of("benchmark", "before", "after", "unit", "speed after/before",
                "verdict"), false, true, true, false, true, false);
        int faster = 0;
        int slower = 0;
        int beyond = 0;
        int same = 0;
        int other = 0;
        for (CompareRow r : rows) {
            String verdict = r.change().label();
            switch (r.change()) {
                case FASTER -> {
                    faster++;
                    verdict = "faster by " + Num.sig(-r.slowdownPercent(), 3) + "%";
                }
                case SLOWER -> {
                    slower++;
                    verdict = "slower by " + Num.sig(r.slowdownPercent(), 3) + "%";
                    if (r.slowerBeyond(thresholdPercent)) {
                        beyond++;
                        verdict += " (beyond " + Num.sig(thresholdPercent, 3) + "%)";
                    }
                }
                case NO_CHANGE -> same++;
                default -> other++;
            }
            table.row(r.label(), r.before() == null ? "" : score(r.before().primary()),
                    r.after() == null ? "" : score(r.after().primary()),
                    (r.before() != null ? r.before() : r.after()).primary().unit(),
                    r.speed().known() ? Num.times(r.speed()) : "", verdict);
        }
        return table.render() + "\n" + faster + " faster, " + slower + " slower (" + beyond + " beyond "
                + Num.sig(thresholdPercent, 3) + "%), " + same + " no change" + (other > 0 ? ", " + other
                        + " not compared" : "") + ".\n";
    }

    private static String score(Metric m) {
        return Num.sig(m.score(), 4) + (Double.isFinite(m.error()) ? " ± " + Num.sig(m.error(), 2) : "");
    }
}
