package dev.boundbench.analysis.compare;

import dev.boundbench.analysis.render.Num;
import java.util.List;

/**
 * How many compared benchmarks each verdict holds, for the line under the comparison table.
 *
 * @param faster rows faster beyond the threshold
 * @param slower rows slower beyond the threshold
 * @param unchanged rows with no change
 * @param notCompared rows on one side only, or not comparable
 */
public record CompareSummary(int faster, int slower, int unchanged, int notCompared) {

    /** The counts of {@code rows}. */
    public static CompareSummary of(List<CompareRow> rows) {
        int faster = 0;
        int slower = 0;
        int unchanged = 0;
        int other = 0;
        for (CompareRow r : rows) {
            switch (r.change()) {
                case FASTER -> faster++;
                case SLOWER -> slower++;
                case NO_CHANGE -> unchanged++;
                default -> other++;
            }
        }
        return new CompareSummary(faster, slower, unchanged, other);
    }

    /** "1 faster, 0 slower beyond 5 %, 2 no change." with the rows not compared where there are any. */
    public String line(double thresholdPercent) {
        return faster + " faster, " + slower + " slower beyond " + Num.scale(thresholdPercent) + " %, " + unchanged
                + " no change" + (notCompared > 0 ? ", " + notCompared + " not compared" : "") + ".";
    }
}
