package dev.boundbench.analysis.compare;

import dev.boundbench.analysis.render.Column;
import dev.boundbench.analysis.render.MarkdownTable;
import dev.boundbench.analysis.render.Num;
import dev.boundbench.analysis.verdict.StatedRatio;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The two runs' paired ratios side by side: each ratio measured side by side in both runs, before,
 * after, the change and whether the intervals overlap. Raw scores of runs made at different times
 * carry the host's drift between them; these ratios do not.
 */
public final class RatioChanges {

    /** The sentence that sets the paired ratios against the raw scores. */
    public static final String DRIFT = "Raw scores of runs made at different times carry the host's drift between"
            + " them; the paired ratios below, each measured side by side within its run, do not.";

    private RatioChanges() {
    }

    /** Every ratio paired in both runs, in before's order, matched by group, kind, config and baseline. */
    public static List<RatioChange> of(List<StatedRatio> before, List<StatedRatio> after) {
        Map<String, StatedRatio> second = new LinkedHashMap<>();
        after.stream().filter(r -> r.ratio().paired()).forEach(r -> second.putIfAbsent(r.key(), r));
        List<RatioChange> changes = new ArrayList<>();
        for (StatedRatio b : before) {
            StatedRatio a = second.get(b.key());
            if (b.ratio().paired() && a != null) {
                changes.add(new RatioChange(b, a));
            }
        }
        return changes;
    }

    /** The sentence and the table, or the sentence and a line saying no paired ratio is in both runs. */
    public static String render(List<RatioChange> changes) {
        if (changes.isEmpty()) {
            return DRIFT + "\nNo paired ratio (speedup, margin, vs sequential, A/A) appears in both runs.\n";
        }
        MarkdownTable table = new MarkdownTable(Column.left("group"), Column.left("kind"), Column.left("config"),
                Column.left("baseline"), Column.right("before [95% CI]"), Column.right("after [95% CI]"),
                Column.right("change"), Column.left("intervals"));
        int apart = 0;
        for (RatioChange c : changes) {
            table.row(c.before().group(), c.before().kind().label(), c.before().config(), c.before().baseline(),
                    Num.times(c.before().ratio()), Num.times(c.after().ratio()),
                    CompareTable.percent(c.changePercent()), c.overlap() ? "overlap" : "apart");
            apart += c.overlap() ? 0 : 1;
        }
        return DRIFT + "\n\n" + table.render() + "\n" + apart + " of " + changes.size()
                + " paired ratios moved beyond both intervals.\n";
    }
}
