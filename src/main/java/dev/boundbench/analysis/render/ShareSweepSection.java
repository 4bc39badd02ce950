package dev.boundbench.analysis.render;

import dev.boundbench.analysis.stats.PointStats;
import dev.boundbench.analysis.stats.TextbookThreads;
import dev.boundbench.analysis.verdict.Contender;
import dev.boundbench.analysis.verdict.Crossover;
import dev.boundbench.analysis.verdict.Ranking;
import dev.boundbench.analysis.verdict.RunAnalysis;
import dev.boundbench.analysis.verdict.ShareSweep;
import dev.boundbench.analysis.verdict.ShareSweep.EngineThreads;
import dev.boundbench.analysis.verdict.ShareSweep.Share;
import dev.boundbench.analysis.verdict.ShareSweeps;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The report's section on an I/O share sweep: every engine's time against the share at each thread
 * count (table and chart), the fastest engine and thread count at each share, where the fastest
 * engine changes, and each engine's best thread count beside the textbook's cores / (1 − share).
 */
final class ShareSweepSection {

    /** Measured and textbook thread counts within this factor agree: one rung of a doubling ladder. */
    static final double AGREEMENT_FACTOR = 2;

    private ShareSweepSection() {
    }

    /** The chart file of each sweep, relative to the report, e.g. {@code charts/share-mixed-tasks-32.svg}. */
    static List<String> chartFiles(List<ShareSweep> sweeps) {
        Set<String> used = new HashSet<>();
        List<String> files = new ArrayList<>();
        for (ShareSweep sweep : sweeps) {
            String slug = "share-" + Md.slug(sweep.title());
            String name = slug;
            for (int i = 2; !used.add(name); i++) {
                name = slug + "-" + i;
            }
            files.add(MarkdownReport.CHART_FOLDER + "/" + name + ".svg");
        }
        return files;
    }

    /** Appends the section of {@code sweep}; {@code chart} is its chart's link, or null where none was drawn. */
    static void append(StringBuilder sb, RunAnalysis analysis, ShareSweep sweep, String chart) {
        Marks marks = new Marks(analysis.environment());
        String unit = Md.text(sweep.key().unit());
        sb.append("\n## ").append(Md.text(sweep.title())).append(": time against the I/O share · ")
                .append(ShareSweeps.MIXED_KIND).append("\n\n");
        sb.append("The size of `").append(sweep.name().replace("`", "'")).append("` is its I/O share: the percent of")
                .append(" each task spent waiting, the rest computing. Each share has its own section below, with")
                .append(" speedups and fits; here the shares side by side.\n\n");
        if (chart != null) {
            sb.append("![").append(Md.text(sweep.name())).append(": time per batch against the I/O share, one panel")
                    .append(" per thread count](").append(chart).append(")\n\n");
        }
        times(sb, sweep, marks, unit);
        fastest(sb, sweep, marks, unit);
        textbook(sb, sweep);
    }

    private static void times(StringBuilder sb, ShareSweep sweep, Marks marks, String unit) {
        sb.append("Score in ").append(unit).append(" (lower is better) at each I/O share; **bold**: the fastest at")
                .append(" that share.\n\n");
        List<Column> headers = new ArrayList<>(List.of(Column.left("engine"), Column.right("threads")));
        sweep.shares().forEach(s -> headers.add(Column.right(percent(s.percent()))));
        MarkdownTable table = new MarkdownTable(headers);
        boolean marked = false;
        for (String engine : sweep.engines()) {
            for (double n : sweep.threadCounts()) {
                String[] cells = new String[headers.size()];
                boolean any = false;
                for (int i = 0; i < sweep.shares().size(); i++) {
                    Share share = sweep.shares().get(i);
                    EngineThreads curve = share.of(engine);
                    PointStats p = curve == null ? null : curve.at(n);
                    if (p != null) {
                        any = true;
                        marked |= marks.disturbed(p);
                        boolean best = share.ranking().winner().point() == p;
                        cells[2 + i] = best ? "**" + marks.score(p) + "**" : marks.score(p);
                    }
                }
                if (any) {
                    cells[0] = Md.text(engine);
                    cells[1] = Num.scale(n);
                    table.row(cells);
                }
            }
        }
        sb.append(table.render());
        if (marked) {
            sb.append('\n').append(Marks.LEGEND).append('\n');
        }
    }

    private static void fastest(StringBuilder sb, ShareSweep sweep, Marks marks, String unit) {
        sb.append("\nFastest engine at each I/O share, each engine at its fastest thread count; the margin over the")
                .append(" runner-up with its 95 % interval:\n\n");
        MarkdownTable table = new MarkdownTable(Column.right("I/O share"), Column.left("fastest"),
                Column.right("threads"), Column.right("score (" + unit + ")"), Column.left("runner-up"),
                Column.right("its threads"), Column.right("margin"), Column.left("verdict"),
                Column.left("order, fastest first"));
        for (Share share : sweep.shares()) {
            Ranking r = share.ranking();
            Contender next = r.runnerUp();
            String verdict = next == null ? "only engine measured"
                    : r.clear() ? "clear" : "no clear winner (" + String.join(" ≈ ", r.tied()) + ")";
            if (marks.disturbed(r)) {
                verdict += "; rests on a disturbed point " + Marks.DISTURBED + ", not to be trusted";
            }
            table.row(percent(share.percent()), Md.text(r.winner().engine()), Num.scale(r.winner().point().n()),
                    marks.score(r.winner().point()), next == null ? "" : Md.text(next.engine()),
                    next == null ? "" : Num.scale(next.point().n()), Num.times(r.margin()), verdict,
                    r.order().stream().map(c -> Md.text(c.engine())).collect(Collectors.joining(" > ")));
        }
        sb.append(table.render());
        sb.append("\nWhere the fastest engine changes: ");
        if (sweep.crossovers().isEmpty()) {
            List<String> clear = sweep.shares().stream().map(Share::ranking).filter(Ranking::clear)
                    .map(r -> r.winner().engine()).distinct().toList();
            sb.append(clear.isEmpty() ? "nowhere; no engine wins clearly at any share."
                    : "nowhere; " + Md.text(clear.get(0)) + " leads wherever a winner is clear.");
        } else {
            sb.append(sweep.crossovers().stream().map(ShareSweepSection::crossover).collect(Collectors.joining("; ")))
                    .append('.');
        }
        sb.append('\n');
    }

    private static void textbook(StringBuilder sb, ShareSweep sweep) {
        List<String> engines = sweep.engines().stream().filter(e -> sweep.shares().stream()
                .anyMatch(s -> s.of(e) != null && s.of(e).measured() > 1)).toList();
        sb.append("\nBest thread count beside the textbook's, threads ≈ cores / (1 − I/O share)")
                .append(Double.isNaN(sweep.cores()) ? " (the cores are unknown: environment.json does not say)"
                        : " with " + Num.scale(sweep.cores()) + (sweep.cores() == 1 ? " core" : " cores"))
                .append(": each engine's fastest thread count, and after \"from\" the fewest threads not clearly")
                .append(" slower (the 95 % interval of their speed ratio reaches 1), where adding threads stops")
                .append(" paying.\n\n");
        List<Column> headers = new ArrayList<>(List.of(Column.right("I/O share"), Column.right("textbook")));
        engines.forEach(e -> headers.add(Column.right(Md.text(e))));
        MarkdownTable table = new MarkdownTable(headers);
        int agree = 0;
        int comparable = 0;
        for (Share share : sweep.shares()) {
            String[] cells = new String[headers.size()];
            cells[0] = percent(share.percent());
            cells[1] = TextbookThreads.describe(sweep.cores(), share.percent() / 100);
            for (int i = 0; i < engines.size(); i++) {
                EngineThreads t = share.of(engines.get(i));
                cells[2 + i] = t == null ? "" : Num.scale(t.fastest().n())
                        + (t.fewest() < t.fastest().n() ? " (from " + Num.scale(t.fewest()) + ")" : "");
            }
            table.row(cells);
            double textbook = sweep.textbookThreads(share);
            EngineThreads winner = share.of(share.ranking().winner().engine());
            if (Double.isFinite(textbook) && winner != null && winner.measured() > 1) {
                comparable++;
                double ratio = winner.fewest() / textbook;
                agree += ratio <= AGREEMENT_FACTOR && ratio >= 1 / AGREEMENT_FACTOR ? 1 : 0;
            }
        }
        sb.append(table.render()).append('\n');
        if (comparable > 0) {
            sb.append("The fastest engine's thread count where adding threads stops paying lies within a factor of ")
                    .append(Num.scale(AGREEMENT_FACTOR)).append(" of the textbook's at ").append(agree).append(" of ")
                    .append(comparable).append(comparable == 1 ? " share" : " shares").append(" below 100 %. ");
        }
        Share all = sweep.shares().get(sweep.shares().size() - 1);
        if (all.percent() == 100) {
            double most = sweep.threadCounts().get(sweep.threadCounts().size() - 1);
            String tasks = sweep.key().params().get("tasks");
            sb.append("At 100 % the textbook's count is unbounded: a task that only waits needs no core, so every")
                    .append(" task of a batch may wait at once; the most threads measured here are ")
                    .append(Num.scale(most))
                    .append(tasks == null ? "" : ", for batches of " + Md.text(tasks) + " tasks")
                    .append(". ");
        }
        sb.append("The textbook assumes an endless stream of tasks and free switching between threads; a finite")
                .append(" batch and the cost of each thread pull the measured count away from it.\n");
    }

    private static String crossover(Crossover c) {
        return Md.text(c.from()) + " leads up to " + percent(c.before()) + ", " + Md.text(c.to()) + " from "
                + percent(c.after());
    }

    private static String percent(double share) {
        return Num.scale(share) + " %";
    }
}
