package dev.boundbench.analysis.render;

import dev.boundbench.analysis.verdict.LoadCell;
import dev.boundbench.analysis.verdict.LoadRow;
import dev.boundbench.analysis.verdict.LoadTable;
import dev.boundbench.analysis.verdict.LoadTables;
import dev.boundbench.analysis.verdict.RunAnalysis;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The report's section on benchmarks measured under a load of hogs (the fib server): a summary
 * across servers, then one table per server with each method's rate and latency percentiles at
 * every load.
 */
final class LoadSection {

    /** The section's heading. */
    static final String HEADING = "Latency under CPU hogs";

    /** Below this many timed requests, p99.9 is no more than the slowest few (JMH interpolates between them). */
    static final long P999_MIN_SAMPLES = 1_000;

    private LoadSection() {
    }

    /**
     * One bullet per table for "What this run shows": its first method's rate and p99 alone and at the
     * heaviest load, or at the heaviest load only when nothing ran alone.
     */
    static List<String> findings(RunAnalysis analysis) {
        List<String> bullets = new ArrayList<>();
        for (LoadTable t : analysis.loads()) {
            String method = t.methods().get(0);
            LoadRow heaviest = t.rows().get(t.rows().size() - 1);
            LoadCell loaded = heaviest.byMethod().get(method);
            var alone = t.alone(method);
            if (loaded == null) {
                continue;
            }
            String head = "**" + Md.text(t.title()) + "**: " + Md.text(method) + " ";
            if (alone.isEmpty()) {
                bullets.add(head + Num.sig(loaded.perSecond(), 3) + " requests/s beside " + hogs(heaviest.hogs())
                        + ", p99 " + Num.duration(loaded.p99()) + ".");
            } else if (heaviest.hogs() > 0) {
                bullets.add(head + Num.sig(alone.get().perSecond(), 3) + " requests/s alone, "
                        + Num.sig(loaded.perSecond(), 3) + " beside " + hogs(heaviest.hogs()) + " ("
                        + Num.sig(loaded.perSecond() / alone.get().perSecond(), 2) + "×), p99 "
                        + Num.duration(alone.get().p99()) + " → " + Num.duration(loaded.p99()) + ".");
            }
        }
        return bullets;
    }

    /** Appends the section; nothing when the run has no load tables. */
    static void append(StringBuilder sb, RunAnalysis analysis) {
        if (analysis.loads().isEmpty()) {
            return;
        }
        Marks marks = new Marks(analysis.environment());
        sb.append("\n## ").append(HEADING).append("\n\n")
                .append("Benchmarks with a `").append(LoadTables.HOGS).append("` parameter: one client's requests to a")
                .append(" server, alone and beside `hogs` clients that keep it busy with CPU-bound requests. ")
                .append("**req/s** is the measured client's requests per second (one request at a time: 1 / its mean")
                .append(" latency); **vs alone** that rate over the rate with no hogs; **p50, p99, p99.9** its latency")
                .append(" percentiles from JMH's sample-time histogram; **n** the requests timed (p99.9 of fewer than ")
                .append(String.format(java.util.Locale.ROOT, "%,d", P999_MIN_SAMPLES))
                .append(" is only the slowest few).\n");
        Map<String, List<LoadTable>> byClass = new LinkedHashMap<>();
        analysis.loads().forEach(t -> byClass.computeIfAbsent(t.benchmarkClass(), k -> new ArrayList<>()).add(t));
        byClass.forEach((benchmarkClass, tables) -> summary(sb, benchmarkClass, tables, marks));
        boolean marked = false;
        for (LoadTable t : analysis.loads()) {
            marked |= table(sb, t, marks);
        }
        if (marked) {
            sb.append('\n').append(Marks.LEGEND).append('\n');
        }
    }

    /** Rate and p99 of each table's first method at every load, one row per table. */
    private static void summary(StringBuilder sb, String benchmarkClass, List<LoadTable> tables, Marks marks) {
        TreeSet<Double> loads = new TreeSet<>();
        tables.forEach(t -> t.rows().forEach(r -> loads.add(r.hogs())));
        String method = tables.get(0).methods().get(0);
        List<Column> headers = new ArrayList<>(List.of(Column.left("server")));
        loads.forEach(h -> headers.add(Column.right("req/s, " + hogs(h))));
        loads.forEach(h -> headers.add(Column.right("p99, " + hogs(h))));
        MarkdownTable table = new MarkdownTable(headers);
        for (LoadTable t : tables) {
            List<String> cells = new ArrayList<>(List.of(Md.text(t.title())));
            for (double h : loads) {
                LoadCell c = cell(t, h, method);
                cells.add(c == null ? "" : rate(c, marks));
            }
            for (double h : loads) {
                LoadCell c = cell(t, h, method);
                cells.add(c == null ? "" : Num.duration(c.p99()));
            }
            table.row(cells.toArray(String[]::new));
        }
        sb.append("\n`").append(Md.text(shortName(benchmarkClass))).append('.').append(Md.text(method))
                .append("` at every load:\n\n").append(table.render());
    }

    /** One server's table; true when a cell carries the disturbed mark. */
    private static boolean table(StringBuilder sb, LoadTable t, Marks marks) {
        List<Column> headers = new ArrayList<>(List.of(Column.right("hogs")));
        for (String method : t.methods()) {
            headers.add(Column.right(method + " req/s"));
            if (t.alone(method).isPresent()) {
                headers.add(Column.right("vs alone"));
            }
            List.of("p50", "p99", "p99.9", "n").forEach(h -> headers.add(Column.right(h)));
        }
        MarkdownTable table = new MarkdownTable(headers);
        boolean marked = false;
        for (LoadRow row : t.rows()) {
            List<String> cells = new ArrayList<>(List.of(Num.scale(row.hogs())));
            for (String method : t.methods()) {
                LoadCell c = row.byMethod().get(method);
                var alone = t.alone(method);
                if (c == null) {
                    cells.addAll(java.util.Collections.nCopies(alone.isPresent() ? 6 : 5, ""));
                    continue;
                }
                marked |= marks.disturbed(c.result());
                cells.add(rate(c, marks));
                alone.ifPresent(a -> cells.add(Num.sig(c.perSecond() / a.perSecond(), 3) + "×"));
                cells.addAll(List.of(Num.duration(c.p50()), Num.duration(c.p99()), Num.duration(c.p999()),
                        c.samples() == 0 ? Num.NA : String.format(java.util.Locale.ROOT, "%,d", c.samples())));
            }
            table.row(cells.toArray(String[]::new));
        }
        sb.append("\n### ").append(Md.text(shortName(t.benchmarkClass()))).append(": ").append(Md.text(t.title()))
                .append("\n\n").append(table.render());
        return marked;
    }

    private static LoadCell cell(LoadTable t, double hogs, String method) {
        return t.rows().stream().filter(r -> r.hogs() == hogs).map(r -> r.byMethod().get(method))
                .filter(java.util.Objects::nonNull).findFirst().orElse(null);
    }

    private static String rate(LoadCell c, Marks marks) {
        String rate = Num.sig(c.perSecond(), 3);
        return marks.disturbed(c.result()) ? rate + " " + Marks.DISTURBED : rate;
    }

    private static String hogs(double n) {
        return Num.scale(n) + (n == 1 ? " hog" : " hogs");
    }

    private static String shortName(String benchmarkClass) {
        return benchmarkClass.substring(benchmarkClass.lastIndexOf('.') + 1);
    }
}
