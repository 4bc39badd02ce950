package dev.boundbench.analysis.render;

import dev.boundbench.analysis.stats.AmdahlModel;
import dev.boundbench.analysis.stats.CurveStats;
import dev.boundbench.analysis.stats.FitResult;
import dev.boundbench.analysis.stats.ScalabilityFitter;
import dev.boundbench.analysis.stats.UslModel;
import dev.boundbench.analysis.verdict.Workload;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * A workload's Amdahl and USL fits: a table of the engines and models that could be fitted, and one
 * sentence naming the engines with too few scale values for a model, instead of cells saying so.
 */
final class FitsSection {

    private static final String TOO_FEW = "too few points";

    private FitsSection() {
    }

    /** The fits of {@code w}, a blank line before; a single sentence when nothing could be fitted. */
    static void append(StringBuilder sb, Workload w) {
        boolean amdahl = shown(w, CurveStats::amdahl);
        boolean usl = shown(w, CurveStats::usl);
        if (!amdahl && !usl) {
            sb.append("\nToo few ").append(w.curves().isEmpty() ? "points" : "scale values").append(" to fit Amdahl (needs ")
                    .append(ScalabilityFitter.AMDAHL_MIN_POINTS).append(") or the USL (needs ")
                    .append(ScalabilityFitter.USL_MIN_POINTS).append("): ").append(engines(w, w.curves())).append(".\n");
            return;
        }
        sb.append("\nFits on the rates (").append(Md.text(w.key().unit()))
                .append(" turned into operations per unit of time); Amdahl needs ")
                .append(ScalabilityFitter.AMDAHL_MIN_POINTS).append(" points and the USL ")
                .append(ScalabilityFitter.USL_MIN_POINTS).append(".\n\n");
        sb.append(table(w, amdahl, usl).render());
        String unfitted = unfitted(w, "Amdahl", CurveStats::amdahl) + unfitted(w, "the USL", CurveStats::usl);
        if (!unfitted.isEmpty()) {
            sb.append('\n').append(unfitted.strip()).append('\n');
        }
    }

    private static MarkdownTable table(Workload w, boolean amdahl, boolean usl) {
        List<Column> columns = new ArrayList<>(List.of(Column.left("engine")));
        if (amdahl) {
            columns.addAll(List.of(Column.right("Amdahl s"), Column.right("max speedup 1/s"), Column.right("Amdahl R²")));
        }
        if (usl) {
            columns.addAll(List.of(Column.right("USL σ"), Column.right("USL κ"), Column.right("USL peak n*"),
                    Column.right("USL R²")));
        }
        MarkdownTable table = new MarkdownTable(columns);
        for (CurveStats c : w.curves()) {
            if (!fittable(c.amdahl()) && !fittable(c.usl())) {
                continue;
            }
            List<String> cells = new ArrayList<>(List.of(w.engineOf(c)));
            if (amdahl) {
                cells.addAll(amdahlCells(c.amdahl()));
            }
            if (usl) {
                cells.addAll(uslCells(c.usl()));
            }
            table.row(cells.toArray(String[]::new));
        }
        return table;
    }

    private static List<String> amdahlCells(FitResult<AmdahlModel> a) {
        if (!a.fitted()) {
            return List.of(why(a), "", "");
        }
        return List.of(Num.sig(a.model().serialFraction(), 3), Num.sig(a.model().speedupLimit(), 3),
                Num.sig(a.model().rSquared(), 3));
    }

    private static List<String> uslCells(FitResult<UslModel> u) {
        if (!u.fitted()) {
            return List.of(why(u), "", "", "");
        }
        UslModel m = u.model();
        return List.of(Num.sig(m.sigma(), 3), Num.sig(m.kappa(), 3),
                Double.isFinite(m.peak()) ? Num.sig(m.peak(), 3) : "none (κ ≤ 0)", Num.sig(m.rSquared(), 3));
    }

    /** "Too few scale values to fit the USL: every engine. ", or "" when no curve lacks the points. */
    private static String unfitted(Workload w, String model, Function<CurveStats, FitResult<?>> fit) {
        List<CurveStats> few = w.curves().stream().filter(c -> tooFew(fit.apply(c))).toList();
        return few.isEmpty() ? "" : "Too few scale values to fit " + model + ": " + engines(w, few) + ". ";
    }

    private static String engines(Workload w, List<CurveStats> curves) {
        if (curves.size() == w.curves().size() && curves.size() > 1) {
            return "every engine";
        }
        return String.join(", ", curves.stream().map(c -> Md.text(w.engineOf(c))).toList());
    }

    /** Whether some curve of {@code w} has the model fitted, or failed for another reason than its points. */
    private static boolean shown(Workload w, Function<CurveStats, FitResult<?>> fit) {
        return w.curves().stream().anyMatch(c -> fittable(fit.apply(c)));
    }

    private static boolean fittable(FitResult<?> fit) {
        return !tooFew(fit);
    }

    private static String why(FitResult<?> fit) {
        return tooFew(fit) ? TOO_FEW : fit.reason();
    }

    private static boolean tooFew(FitResult<?> fit) {
        return !fit.fitted() && fit.reason().startsWith(TOO_FEW);
    }
}
