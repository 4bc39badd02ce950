package dev.boundbench.analysis.compare;

import dev.boundbench.analysis.read.Metric;
import dev.boundbench.analysis.render.Column;
import dev.boundbench.analysis.render.MarkdownTable;
import dev.boundbench.analysis.render.Num;
import dev.boundbench.analysis.stats.Estimate;
import java.util.List;

/** The comparison as a padded table and a one-line summary, for a terminal or a CI log. */
public final class CompareTable {

    /** Marks a change whose interval comes from JMH's score errors (no raw data on a side). */
    static final String FALLBACK_MARK = " *";

    private CompareTable() {
    }

    /** The table of {@code rows} and the summary line under it. */
    public static String render(List<CompareRow> rows, double thresholdPercent) {
        MarkdownTable table = new MarkdownTable(Column.left("benchmark"), Column.right("before"),
                Column.right("after"), Column.left("unit"), Column.left("change after vs before [CI]"),
                Column.left("verdict"));
        boolean fallback = false;
        String threshold = Num.scale(thresholdPercent) + " %";
        for (CompareRow r : rows) {
            String verdict = r.change().label();
            if (r.change() == Change.SLOWER) {
                verdict += " (beyond " + threshold + ")";
            } else if (r.change() == Change.NO_CHANGE) {
                verdict += Math.abs(r.percent().value()) < thresholdPercent ? " (below " + threshold + ")"
                        : " (interval holds 0 %)";
            }
            String change = "";
            if (r.speed().known()) {
                Estimate p = r.percent();
                change = r.quantity() + " " + percent(p.value())
                        + (p.hasInterval() ? " [" + percent(p.low()) + ", " + percent(p.high()) + "]" : "");
                if (p.method() == Estimate.Method.JMH_ERROR) {
                    change += FALLBACK_MARK;
                    fallback = true;
                }
            }
            table.row(r.label(), r.before() == null ? "" : score(r.before().primary()),
                    r.after() == null ? "" : score(r.after().primary()),
                    (r.before() != null ? r.before() : r.after()).primary().unit(), change, verdict);
        }
        return table.render() + "\n" + CompareSummary.of(rows).line(thresholdPercent) + "\n"
                + (fallback ? "*" + " 99.9 % interval by interval arithmetic on JMH's score errors: rawData missing.\n"
                        : "");
    }

    /** A signed percentage, {@code +103 %}, {@code −51 %} or {@code +2.04 %}: whole from 10 up, else 3 digits. */
    static String percent(double value) {
        if (!Double.isFinite(value)) {
            return Num.sig(value, 2) + " %";
        }
        String digits = Num.sig(Math.abs(value), Math.abs(value) >= 10 ? 2 : 3);
        return (digits.equals("0") ? "" : value < 0 ? "−" : "+") + digits + " %";
    }

    private static String score(Metric m) {
        return Num.sig(m.score(), 4) + (Double.isFinite(m.error()) ? " ± " + Num.sig(m.error(), 2) : "");
    }
}
