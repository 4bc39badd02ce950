package dev.boundbench.analysis.render;

import dev.boundbench.analysis.stats.CurveStats;
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

    /**
     * One bullet per workload: the fastest configuration and its margin (or the engines it cannot be
     * told from), the verdict at the most scale values where it differs, how far the winner scales,
     * and what the costliest engine pays at one thread.
     */
    static List<String> whatThisRunShows(RunAnalysis analysis) {
        List<String> bullets = new ArrayList<>();
        String scale = analysis.scale().label();
        Marks marks = new Marks(analysis.environment());
        for (Workload w : analysis.workloads()) {
            bullets.add(finding(w, scale, marks));
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

    /** The one bullet of {@code w}. */
    private static String finding(Workload w, String scale, Marks marks) {
        String head = "**" + Md.text(w.title()) + "** (" + w.kind() + "): ";
        if (!w.best().winner().rate().known()) {
            return head + "no usable score.";
        }
        return head + winner(w, scale, marks) + atMost(w, scale, marks) + scaling(w, scale) + overhead(w, scale);
    }

    /** "fastest is E at n (score), 1.7× the speed of the sequential engine; it beats F at m by 1.2× […]." */
    private static String winner(Workload w, String scale, Marks marks) {
        Ranking best = w.best();
        Contender win = best.winner();
        Contender next = best.runnerUp();
        boolean tie = next != null && !best.clear();
        StringBuilder sb = new StringBuilder(next == null ? "best is " : tie ? "no clear winner: the best mean is "
                : "fastest is ");
        sb.append(engine(win)).append(" at ").append(Num.at(scale, win.point().n())).append(" (")
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
        return sb.toString();
    }

    /** " At the most threads measured (4), another engine leads: …." when that ranking's winner is not the best's. */
    private static String atMost(Workload w, String scale, Marks marks) {
        if (w.byScale().size() < 2) {
            return "";
        }
        Ranking last = w.byScale().get(w.byScale().size() - 1);
        Ranking best = w.best();
        boolean same = last.winner().engine().equals(best.winner().engine()) && last.clear() == best.clear()
                && last.n() == best.winner().point().n();
        return same ? "" : " At the most " + scale + " measured (" + Num.scale(last.n()) + "): "
                + verdict(last, scale, marks) + ".";
    }

    /** " Its own speedup peaks at 1.7× […] at n (efficiency 43%); the USL fit puts its peak at n* ≈ 9." */
    private static String scaling(Workload w, String scale) {
        CurveStats curve = curveOf(w, w.best().winner().engine());
        PointStats peak = curve == null ? null : curve.points().stream().filter(p -> p.speedup().known())
                .max(Comparator.comparingDouble(p -> p.speedup().value())).orElse(null);
        if (peak == null || curve.points().size() < 2) {
            return "";
        }
        String s = " Its own speedup peaks at " + Num.times(peak.speedup()) + " at " + Num.at(scale, peak.n())
                + " (efficiency " + Num.percent(peak.efficiency().value()) + ")";
        if (curve.usl().fitted() && Double.isFinite(curve.usl().model().peak())) {
            UslModel usl = curve.usl().model();
            s += "; the USL fit puts its peak at n* ≈ " + Num.sig(usl.peak(), 3);
        }
        return s + ".";
    }

    /** " At threads=1, E runs at 0.87× […] the speed of the sequential engine: its overhead." for the costliest JVM engine. */
    private static String overhead(Workload w, String scale) {
        CurveStats costliest = null;
        PointStats at1 = null;
        for (CurveStats c : w.curves()) {
            if (c.curve().key().sequential() || Runtimes.isCPython(c.curve().key().engine())) {
                continue;
            }
            for (PointStats p : c.points()) {
                if (p.n() == 1 && p.vsSequential().known()
                        && (at1 == null || p.vsSequential().value() < at1.vsSequential().value())) {
                    at1 = p;
                    costliest = c;
                }
            }
        }
        if (at1 == null || !at1.vsSequential().below(1)) {
            return "";
        }
        return " At " + scale + "=1, " + Md.text(costliest.curve().key().engine()) + " runs at "
                + Num.times(at1.vsSequential()) + " the speed of the sequential engine: its overhead.";
    }

    /** One bullet per kind of work: its verdict and its workloads, each workload's margin stated in its own finding. */
    static List<String> rulesOfThumb(RunAnalysis analysis) {
        return rulesOfThumb(analysis, analysis.workloads(), false);
    }

    /**
     * As {@link #rulesOfThumb(RunAnalysis)}, over {@code ranked} only (e.g. one runtime's engines);
     * {@code margins} adds each workload's verdict among them.
     */
    static List<String> rulesOfThumb(RunAnalysis analysis, List<Workload> ranked, boolean margins) {
        Marks marks = new Marks(analysis.environment());
        Map<String, List<Workload>> byKind = new LinkedHashMap<>();
        ranked.stream().sorted(Comparator.comparing((Workload w) -> kindOrder(w.kind()))
                .thenComparing(Workload::kind)).forEach(w -> byKind.computeIfAbsent(w.kind(), k -> new ArrayList<>())
                        .add(w));
        List<String> bullets = new ArrayList<>();
        String scale = analysis.scale().label();
        byKind.forEach((kind, workloads) -> {
            String details = workloads.stream().map(w -> Md.text(w.title()) + ": " + verdict(w.best(), scale, marks))
                    .collect(Collectors.joining("; "));
            bullets.add(rule(kind, workloads, marks) + "." + (margins ? " " + details + "." : ""));
        });
        return bullets;
    }

    /** "**CPU-bound work → fork-join** (fib, prime-sum): fastest at its best in every workload of this kind". */
    private static String rule(String kind, List<Workload> workloads, Marks marks) {
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
        if (workloads.stream().anyMatch(w -> marks.disturbed(w.best()))) {
            head += ", resting on disturbed points " + Marks.DISTURBED;
        }
        return head;
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
