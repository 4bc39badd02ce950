package dev.boundbench.analysis.compare;

import dev.boundbench.analysis.read.Machine;
import dev.boundbench.analysis.read.Machines;
import dev.boundbench.analysis.render.Column;
import dev.boundbench.analysis.render.MarkdownTable;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Which machines two runs were measured on, for {@code compare}: one line when it is the same
 * machine, else their key facts side by side, so a reader knows whether a change is the code's or
 * the machine's. Comparing two machines is a common question, never refused.
 */
public final class MachinePair {

    /** The facts shown side by side: those that identify a machine, then the OS and memory. */
    static final List<String> SHOWN = List.of(Machines.CORES, Machines.CPU, Machines.JDK, Machines.HOST, "os",
            "memory");

    /** What a cell reads when a run did not record the fact. */
    static final String NOT_RECORDED = "not recorded";

    private MachinePair() {
    }

    /** The text for {@code before} and {@code after}, ending in a line break. */
    public static String describe(Machine before, Machine after) {
        if (before.facts().equals(after.facts())) {
            return "Same machine for both runs: " + (before.facts().isEmpty()
                    ? "unknown (no environment.json beside either run)" : before.description()) + ".\n";
        }
        List<String> differ = new ArrayList<>();
        MarkdownTable table = new MarkdownTable(Column.left("machine"), Column.left("before"), Column.left("after"),
                Column.left(""));
        for (String fact : SHOWN) {
            String b = before.environment().entries().getOrDefault(fact, before.facts().get(fact));
            String a = after.environment().entries().getOrDefault(fact, after.facts().get(fact));
            if (b == null && a == null) {
                continue;
            }
            boolean differs = !Objects.equals(b, a);
            if (differs && Machines.FACTS.contains(fact)) {
                differ.add(fact);
            }
            table.row(fact, b == null ? NOT_RECORDED : b, a == null ? NOT_RECORDED : a, differs ? "differs" : "");
        }
        return "Different machines (" + String.join(", ", differ) + " differ): the changes below are the machines' "
                + "as much as the code's.\n" + table.render();
    }
}
