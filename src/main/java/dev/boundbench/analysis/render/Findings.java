package dev.boundbench.analysis.render;

import dev.boundbench.analysis.stats.CurveStats;
import dev.boundbench.analysis.stats.Estimate;
import dev.boundbench.analysis.stats.PointStats;
import dev.boundbench.analysis.stats.UslModel;
import dev.boundbench.analysis.verdict.Contender;
import dev.boundbench.analysis.verdict.Ranking;
import dev.boundbench.analysis.verdict.RunAnalysis;
import dev.boundbench.analysis.verdict.Runtimes;
import dev.boundbench.analysis.verdict.Workload;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The sentences of the report written from the numbers: what the run shows, and the rules of thumb. */
final class Findings {

    private Findings() {
    }

    /** One bullet per workload: the fastest configuration, how far it scales, what the slowest engine costs. */
    static List<String> whatThisRunShows(RunAnalysis analysis) {
        List<String> bullets = new ArrayList<>();
        String scale = analysis.scale().label();
        Marks marks = new Marks(analysis.environment());
        for (Workload w : analysis.workloads()) {
            Ranking best = w.best();
            Contender win = best.winner();
            if (!win.rate().known()) {
                bullets.add("**" + Md.text(w.title()) + "** (" + w.kind() + "): no usable score.");
                continue;
            }
            StringBuilder sb = new StringBuilder("**" + Md.text(w.title()) + "** (" + w.kind() + "): ");
            Contender next = best.runnerUp();
            boolean tie = next != null && !best.clear();
            sb.append(next == null ? "best is " : tie ? "no clear winner: the best mean is " : "fastest is ")
                    .append(engine(win)).append(" at ").append(Num.at(scale, win.point().n())).append(" (")
                    .append(Num.sig(win.point().score().value(), 4)).append(" ").append(Md.text(w.key().unit())).append(")");
            if (win.point().vsSequential().known() && !win.engine().equalsIgnoreCase("sequential")) {
                sb.append(", ").append(Num.times(win.point().vsSequential())).append(" the speed of the sequential engine");
            }
            if (tie) {
                sb.append(", but its lead over ").append(engine(next)).append(" at ").append(Num.at(scale, next.point().n()))
                        .append(" is ").append(Num.times(best.margin())).append(", an interval that reaches 1 (")
                        .append(best.tied().stream().map(Md::text).collect(Collectors.joining(" ≈ "))).append(")");
            } else if (next != null) {
                sb.append("; it beats the next engine, ").append(engine(next)).append(" at ")
                        .append(Num.at(scale, next.point().n())).append(", by ").append(Num.times(best.margin()));
            }
            sb.append('.');
            if (marks.disturbed(best)) {
                sb.append(" ").append(Marks.DISTURBED).append(" This rests on a disturbed point: not to be trusted (see Warnings).");
            }
            CurveStats curve = curveOf(w, win.engine());
            PointStats peak = curve == null ? null : curve.points().stream().filter(p -> p.speedup().known())
                    .max(Comparator.comparingDouble(p -> p.speedup().value())).orElse(null);
            if (peak != null && curve.points().size() > 1) {
                sb.append(" Its own speedup peaks at ").append(Num.times(peak.speedup())).append(" at ")
                        .append(Num.at(scale, peak.n())).append(" (efficiency ")
                        .append(Num.percent(peak.efficiency().value())).append(")");
                if (curve.usl().fitted() && Double.isFinite(curve.usl().model().peak())) {
                    UslModel usl = curve.usl().model();
                    sb.append("; the USL fit puts its peak at n* ≈ ").append(Num.sig(usl.peak(), 3));
                }
                sb.append('.');
            }
            PointStats costliest = null;
            String costliestEngine = null;
            for (CurveStats c : w.curves()) {
                for (PointStats p : c.points()) {
                    if (p.n() == 1 && p.vsSequential().known() && !c.curve().key().sequential()
                            && !Runtimes.isCPython(c.curve().key().engine())
                            && (costliest == null || p.vsSequential().value() < costliest.vsSequential().value())) {
                        costliest = p;
                        costliestEngine = c.curve().key().engine();
                    }
                }
            }
            if (costliest != null && costliest.vsSequential().below(1)) {
                sb.append(" At ").append(scale).append("=1, ").append(Md.text(costliestEngine))
                        .append(" runs at ").append(Num.times(costliest.vsSequential()))
                        .append(" the speed of the sequential engine: its overhead.");
            }
            bullets.add(sb.toString());
        }
        long noOne = analysis.curves().stream().filter(c -> c.points().size() > 1 && !c.hasSpeedup()).count();
        if (noOne > 0) {
            bullets.add(noOne + " of " + analysis.curves().size() + " curves have no point at " + scale
                    + "=1, so no speedup: their scores are shown (see Warnings).");
        }
        if (bullets.isEmpty() && analysis.loads().isEmpty()) {
            bullets.add("Nothing: no benchmark could be read (see Warnings).");
        }
        return bullets;
    }

    /** One bullet per kind of work, with the per-workload margins and, below it, the winners at the most threads. */
    static List<String> rulesOfThumb(RunAnalysis analysis) {
        return rulesOfThumb(analysis, analysis.workloads());
    }

    /** As {@link #rulesOfThumb(RunAnalysis)}, over {@code ranked} only (e.g. one runtime's engines). */
    static List<String> rulesOfThumb(RunAnalysis analysis, List<Workload> ranked) {
        Marks marks = new Marks(analysis.environment());
        Map<String, List<Workload>> byKind = new LinkedHashMap<>();
        ranked.stream().sorted(Comparator.comparing((Workload w) -> kindOrder(w.kind()))
                .thenComparing(Workload::kind)).forEach(w -> byKind.computeIfAbsent(w.kind(), k -> new ArrayList<>())
                        .add(w));
        List<String> bullets = new ArrayList<>();
        String scale = analysis.scale().label();
        byKind.forEach((kind, workloads) -> {
            List<String> winners = workloads.stream().filter(w -> w.best().clear()).map(w -> w.best().winner().engine())
                    .distinct().toList();
            boolean allClear = workloads.stream().allMatch(w -> w.best().clear());
            String names = workloads.stream().map(w -> Md.text(w.name())).distinct().collect(Collectors.joining(", "));
            String head = "**" + kindLabel(kind) + " → ";
            if (workloads.stream().allMatch(w -> w.best().runnerUp() == null)) {
                head += "nothing to rank** (" + names + "): one engine per workload";
            } else if (allClear && winners.size() == 1) {
                head += Md.text(winners.get(0)) + "** (" + names + "): fastest at its best in every workload of this kind";
            } else if (winners.isEmpty()) {
                head += "no clear winner** (" + names + ")";
            } else {
                head += "no single engine** (" + names + ")";
            }
            String details = workloads.stream().map(w -> Md.text(w.title()) + ": " + verdict(w.best(), scale, marks))
                    .collect(Collectors.joining("; "));
            String most = workloads.stream().filter(w -> !w.byScale().isEmpty()).map(w -> {
                Ranking last = w.byScale().get(w.byScale().size() - 1);
                return Md.text(w.nameOnMachine()) + " at " + Num.at(scale, last.n()) + ": " + verdict(last, scale, marks);
            }).collect(Collectors.joining("; "));
            if (workloads.stream().anyMatch(w -> marks.disturbed(w.best()))) {
                head += ", resting on disturbed points " + Marks.DISTURBED;
            }
            bullets.add(head + ". " + details + "."
                    + (most.isEmpty() ? "" : "\n  - At the most " + scale + " measured: " + most + "."));
        });
        return bullets;
    }

    /** "E at n, 1.3× [1.1, 1.5] over F at m" or "no clear winner (E ≈ F)". */
    static String verdict(Ranking r, String scale, Marks marks) {
        Contender win = r.winner();
        Contender next = r.runnerUp();
        String at = Double.isNaN(r.n()) ? " at " + Num.at(scale, win.point().n()) : "";
        if (next == null) {
            return engine(win) + at + " (the only engine)";
        }
        String nextAt = Double.isNaN(r.n()) ? " at " + Num.at(scale, next.point().n()) : "";
        String caveat = marks.disturbed(r) ? " (rests on a disturbed point " + Marks.DISTURBED + ", not to be trusted)" : "";
        if (r.clear()) {
            return engine(win) + at + ", " + Num.times(r.margin()) + " over " + engine(next) + nextAt + caveat;
        }
        return "no clear winner (" + r.tied().stream().map(Md::text).collect(Collectors.joining(" ≈ ")) + "; "
                + engine(win) + at + " leads by " + Num.times(r.margin()) + ")" + caveat;
    }

    private static String engine(Contender c) {
        return Md.text(c.engine());
    }

    private static CurveStats curveOf(Workload w, String engine) {
        return w.curves().stream().filter(c -> c.curve().key().engine().equals(engine)).findFirst()
                .orElse(w.curves().size() == 1 ? w.curves().get(0) : null);
    }

    private static int kindOrder(String kind) {
        return switch (kind) {
            case "CPU" -> 0;
            case "IO" -> 1;
            case "MIXED" -> 2;
            case "kind unknown" -> 4;
            default -> 3;
        };
    }

    private static String kindLabel(String kind) {
        return switch (kind) {
            case "CPU" -> "CPU-bound work";
            case "IO" -> "I/O-bound work";
            case "MIXED" -> "Work that computes and waits";
            case "kind unknown" -> "Work of unknown kind";
            default -> Md.text(kind) + " work";
        };
    }
}
