package dev.boundbench.analysis.render;

import dev.boundbench.analysis.read.Warning;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The section "Warnings", summed up: one line per kind of warning with its count and what it means,
 * one table of the points each kind concerns, and the few warnings about no single point in full.
 * Every warning in full goes to the console ({@code report} prints them on stderr).
 */
final class WarningsSection {

    /** At most this many warnings about no single point are written out in full. */
    static final int GENERAL_SHOWN = 5;

    private WarningsSection() {
    }

    /** The section, a blank line before its heading. */
    static void append(StringBuilder sb, List<Warning> warnings) {
        sb.append("\n## Warnings\n\n");
        if (warnings.isEmpty()) {
            sb.append("None.\n");
            return;
        }
        Map<Warning.Kind, List<Warning>> byKind = byKind(warnings);
        byKind.forEach((kind, list) -> sb.append("- **").append(kind.label()).append("** ").append(list.size())
                .append(": ").append(kind.meaning()).append(".\n"));
        points(sb, byKind);
        general(sb, warnings);
        sb.append("\nEach warning in full is printed by `report` on the console.\n");
    }

    private static Map<Warning.Kind, List<Warning>> byKind(List<Warning> warnings) {
        Map<Warning.Kind, List<Warning>> byKind = new EnumMap<>(Warning.Kind.class);
        warnings.forEach(w -> byKind.computeIfAbsent(w.kind(), k -> new ArrayList<>()).add(w));
        return byKind;
    }

    /** The table kind | points, for the kinds that name points. */
    private static void points(StringBuilder sb, Map<Warning.Kind, List<Warning>> byKind) {
        MarkdownTable table = new MarkdownTable(Column.left("kind"), Column.left("points"));
        byKind.forEach((kind, list) -> {
            Set<String> points = new LinkedHashSet<>();
            list.stream().map(Warning::point).filter(p -> !p.isEmpty()).forEach(points::add);
            if (!points.isEmpty()) {
                table.row(kind.label(), String.join("; ", points.stream().map(Md::text).toList()));
            }
        });
        if (!table.isEmpty()) {
            sb.append('\n').append(table.render());
        }
    }

    /** The warnings about no single point, in full, up to {@value #GENERAL_SHOWN}. */
    private static void general(StringBuilder sb, List<Warning> warnings) {
        List<Warning> general = warnings.stream().filter(w -> w.point().isEmpty()).toList();
        if (general.isEmpty()) {
            return;
        }
        sb.append('\n');
        general.stream().limit(GENERAL_SHOWN).forEach(w -> sb.append("- ").append(Md.text(w.text())).append('\n'));
        if (general.size() > GENERAL_SHOWN) {
            sb.append("- … and ").append(general.size() - GENERAL_SHOWN).append(" more.\n");
        }
    }
}
